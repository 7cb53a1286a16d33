package io.capshift.domain.error;

/**
 * The request is well formed but the system is not in a state to serve it, e.g. the store is locked
 * by another process or a target id already holds another kind of data.
 */
public final class FailedPreconditionException extends CapshiftException {
  private static final long serialVersionUID = 1L;

  public FailedPreconditionException(String reason, String message) {
    super(reason, message, null);
  }

  public FailedPreconditionException(String reason, String message, Throwable cause) {
    super(reason, message, cause);
  }
}
