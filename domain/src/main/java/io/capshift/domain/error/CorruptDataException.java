package io.capshift.domain.error;

/**
 * Stored data failed its integrity check (checksum, length, format version). Names the resource;
 * other data keeps serving.
 */
public final class CorruptDataException extends CapshiftException {
  private static final long serialVersionUID = 1L;
  private final String resource;

  /**
   * @param resource the corrupt item, e.g. a dataset id or a store file name
   * @param problem what the check found
   */
  public CorruptDataException(String resource, String problem, Throwable cause) {
    this(resource, resource + ": " + problem, null, cause);
  }

  private CorruptDataException(
      String resource, String message, String serverDetail, Throwable cause) {
    super(Reason.DATA_CORRUPT, message, serverDetail, cause);
    this.resource = resource;
  }

  /** The same failure with where it happened for the server's log, e.g. the store's directory. */
  public CorruptDataException withDetail(String serverDetail) {
    return new CorruptDataException(resource, getMessage(), serverDetail, getCause());
  }

  public String resource() {
    return resource;
  }
}
