package io.capshift.domain.error;

import java.util.List;
import java.util.stream.Collectors;

/** The request itself is invalid; {@link #violations()} names each bad field. */
public final class InvalidInputException extends CapshiftException {
  private static final long serialVersionUID = 1L;
  private final transient List<FieldViolation> violations;

  public InvalidInputException(Reason reason, List<FieldViolation> violations) {
    super(reason, describe(violations), null, null);
    this.violations = List.copyOf(violations);
  }

  /** Violations of request fields, with reason {@link Reason#INVALID_ARGUMENT}. */
  public InvalidInputException(List<FieldViolation> violations) {
    this(Reason.INVALID_ARGUMENT, violations);
  }

  /** One violation, with reason {@link Reason#INVALID_ARGUMENT}. */
  public static InvalidInputException of(String field, String description) {
    return new InvalidInputException(List.of(new FieldViolation(field, description)));
  }

  public List<FieldViolation> violations() {
    return violations;
  }

  private static String describe(List<FieldViolation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("at least one violation is required");
    }
    return violations.stream()
        .map(v -> v.field() + ": " + v.description())
        .collect(Collectors.joining("; "));
  }
}
