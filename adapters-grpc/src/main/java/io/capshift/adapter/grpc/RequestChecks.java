package io.capshift.adapter.grpc;

import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Request checks the mappers share: required ids, and one answer with every violation when both the
 * request mapper and the query's own constructor find problems.
 */
final class RequestChecks {
  /** Longest index, fund or target id accepted; ids are 1-64 characters. */
  static final int MAX_ID_LENGTH = 64;

  private RequestChecks() {}

  /**
   * The stripped value of a required id field.
   *
   * @param field the field's path in the request, e.g. {@code small_id}
   * @param hint what to put there, e.g. "name an index or fund, e.g. sp500 or IWM"
   * @param violations receives a violation when the id is blank or longer than {@code maxLength}
   */
  static String requiredId(
      String value, String field, String hint, int maxLength, List<FieldViolation> violations) {
    String id = value.strip();
    if (id.isEmpty()) {
      violations.add(new FieldViolation(field, "is required: " + hint));
    } else if (id.length() > maxLength) {
      violations.add(
          new FieldViolation(
              field, "must be at most " + maxLength + " characters, got " + id.length()));
    }
    return id;
  }

  /** As {@link #requiredId(String, String, String, int, List)} with the 64-character limit. */
  static String requiredId(String value, String field, String hint, List<FieldViolation> v) {
    return requiredId(value, field, hint, MAX_ID_LENGTH, v);
  }

  /**
   * The query {@code build} returns, or one {@link InvalidInputException} naming both the
   * violations the request mapper found and those the query's constructor reports. A field the
   * mapper already named is not reported twice.
   *
   * @param build creates the query; must not throw anything but InvalidInputException for bad
   *     input, so callers pass safe stand-ins for values already reported
   */
  static <T> T query(List<FieldViolation> violations, Supplier<T> build) {
    List<FieldViolation> all = new ArrayList<>(violations);
    Reason reason = Reason.INVALID_ARGUMENT;
    T query = null;
    try {
      query = build.get();
    } catch (InvalidInputException e) {
      if (all.isEmpty()) {
        reason = e.reason();
      }
      for (FieldViolation v : e.violations()) {
        if (all.stream().noneMatch(seen -> seen.field().equals(v.field()))) {
          all.add(v);
        }
      }
    }
    if (!all.isEmpty()) {
      throw new InvalidInputException(reason, all);
    }
    return query;
  }
}
