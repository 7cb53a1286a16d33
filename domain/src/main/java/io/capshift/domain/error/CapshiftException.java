package io.capshift.domain.error;

import java.util.Objects;
import java.util.Optional;

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
  private final Reason reason;
  private final String detail;

  CapshiftException(Reason reason, String message, String detail, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.detail = detail;
  }

  /** Stable machine-readable reason, e.g. {@link Reason#INDEX_NOT_FOUND}. */
  public Reason reason() {
    return reason;
  }

  /**
   * What the server's log and a local command line may add to the message: store paths, the
   * underlying I/O error. Never sent to a remote client.
   */
  public Optional<String> detail() {
    return Optional.ofNullable(detail);
  }
}
