package io.capshift.domain.error;

/** A named resource (an index, a fund, a dataset) does not exist at the requested date. */
public final class NotFoundException extends CapshiftException {
  private static final long serialVersionUID = 1L;
  private final String resourceType;
  private final String resourceName;

  /**
   * @param reason stable reason, e.g. {@code INDEX_NOT_FOUND}
   * @param resourceType kind of resource, e.g. {@code capshift.io/Index}
   * @param resourceName the id that was asked for
   * @param message what was looked for and where, for people
   */
  public NotFoundException(
      String reason, String resourceType, String resourceName, String message) {
    super(reason, message, null);
    this.resourceType = resourceType;
    this.resourceName = resourceName;
  }

  public String resourceType() {
    return resourceType;
  }

  public String resourceName() {
    return resourceName;
  }
}
