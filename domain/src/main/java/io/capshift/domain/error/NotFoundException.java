package io.capshift.domain.error;

import java.time.LocalDate;
import java.util.Optional;

/** A named resource (an index, a fund, a dataset) does not exist at the requested date. */
public final class NotFoundException extends CapshiftException {
  private static final long serialVersionUID = 1L;
  private final String resourceType;
  private final String resourceName;
  private final transient LocalDate firstAvailable;

  /**
   * @param reason stable reason, e.g. {@link Reason#INDEX_NOT_FOUND}
   * @param resourceType kind of resource, e.g. {@code capshift.io/Index}
   * @param resourceName the id that was asked for
   * @param message what was looked for and where, for people
   */
  public NotFoundException(
      Reason reason, String resourceType, String resourceName, String message) {
    this(reason, resourceType, resourceName, message, null);
  }

  /**
   * A resource that exists but has no data as early as asked.
   *
   * @param firstAvailable the first date with data, reported to the caller; may be null
   */
  public NotFoundException(
      Reason reason,
      String resourceType,
      String resourceName,
      String message,
      LocalDate firstAvailable) {
    super(reason, message, null, null);
    this.resourceType = resourceType;
    this.resourceName = resourceName;
    this.firstAvailable = firstAvailable;
  }

  /** The first date with data, when the resource exists but starts after the date asked. */
  public Optional<LocalDate> firstAvailable() {
    return Optional.ofNullable(firstAvailable);
  }

  public String resourceType() {
    return resourceType;
  }

  public String resourceName() {
    return resourceName;
  }
}
