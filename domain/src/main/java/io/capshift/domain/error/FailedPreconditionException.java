package io.capshift.domain.error;

/**
 * The request is well formed but the system is not in a state to serve it, e.g. the store is locked
 * by another process or a target id already holds another kind of data.
 */
public final class FailedPreconditionException extends CapshiftException {
  private static final long serialVersionUID = 1L;

  public FailedPreconditionException(Reason reason, String message) {
    super(reason, message, null, null);
  }

  public FailedPreconditionException(Reason reason, String message, Throwable cause) {
    super(reason, message, null, cause);
  }

  /**
   * @param message for any client: no server path, no Java type
   * @param detail for the server's log and a local command line, e.g. the store's directory
   */
  public FailedPreconditionException(
      Reason reason, String message, String detail, Throwable cause) {
    super(reason, message, detail, cause);
  }
}
