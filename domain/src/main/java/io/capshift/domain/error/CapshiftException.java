package io.capshift.domain.error;

/**
 * A business outcome that ends a request: bad input, something not found, corrupt stored data, or a
 * precondition the caller must fix. Each carries a stable reason code (UPPER_SNAKE_CASE) that
 * clients may switch on; the message is for people.
 */
public abstract sealed class CapshiftException extends RuntimeException
    permits InvalidInputException,
        MalformedFileException,
        NotFoundException,
        CorruptDataException,
        FailedPreconditionException {

  private static final long serialVersionUID = 1L;
  private final String reason;

  CapshiftException(String reason, String message, Throwable cause) {
    super(message, cause);
    if (reason == null || !reason.matches("[A-Z][A-Z0-9_]{0,62}")) {
      throw new IllegalArgumentException("reason must be UPPER_SNAKE_CASE: " + reason);
    }
    this.reason = reason;
  }

  /** Stable machine-readable reason, e.g. {@code INDEX_NOT_FOUND}. */
  public String reason() {
    return reason;
  }
}
