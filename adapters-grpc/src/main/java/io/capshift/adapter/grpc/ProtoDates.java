package io.capshift.adapter.grpc;

import com.google.type.Date;
import io.capshift.domain.error.FieldViolation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Converts {@code google.type.Date} to and from {@link LocalDate}, checking request dates. */
final class ProtoDates {
  private ProtoDates() {}

  /**
   * The date of an optional request field.
   *
   * @param isSet whether the request sets the field
   * @param date the field's value
   * @param field the field's path in the request, e.g. {@code as_of} or {@code header.as_of}
   * @param violations receives a violation when the field is set but not a full, valid date
   * @return the date, or empty when the field is unset or invalid
   */
  static Optional<LocalDate> optionalDate(
      boolean isSet, Date date, String field, List<FieldViolation> violations) {
    if (!isSet) {
      return Optional.empty();
    }
    int year = date.getYear();
    int month = date.getMonth();
    int day = date.getDay();
    if (year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1) {
      try {
        return Optional.of(LocalDate.of(year, month, day));
      } catch (DateTimeException e) {
        // day beyond the month's length: reported below
      }
    }
    violations.add(
        new FieldViolation(
            field,
            String.format(
                "must be a full calendar date (year 1-9999, month 1-12, a day that exists in"
                    + " that month), got year=%d month=%d day=%d; leave it unset for the default",
                year, month, day)));
    return Optional.empty();
  }

  /** The {@code google.type.Date} of {@code date}. */
  static Date toProto(LocalDate date) {
    return Date.newBuilder()
        .setYear(date.getYear())
        .setMonth(date.getMonthValue())
        .setDay(date.getDayOfMonth())
        .build();
  }
}
