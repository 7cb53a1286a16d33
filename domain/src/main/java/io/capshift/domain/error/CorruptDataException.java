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
   * @param detail what the check found
   */
  public CorruptDataException(String resource, String detail, Throwable cause) {
    super("DATA_CORRUPT", resource + ": " + detail, cause);
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }
}
