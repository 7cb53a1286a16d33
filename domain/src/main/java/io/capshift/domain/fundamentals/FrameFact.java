package io.capshift.domain.fundamentals;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One company's value in an SEC XBRL frame.
 *
 * @param cik the company's central index key
 * @param entityName the company's name as filed
 * @param end the end of the company's own period (or the instant) the value is for
 * @param value the value in the frame's unit
 * @param accession the filing it came from, e.g. {@code 0000320193-25-000073}; may be empty
 */
public record FrameFact(
    long cik, String entityName, LocalDate end, double value, String accession) {
  public FrameFact {
    if (cik <= 0) {
      throw new IllegalArgumentException("CIK must be positive: " + cik);
    }
    entityName = Objects.requireNonNullElse(entityName, "");
    Objects.requireNonNull(end, "end");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite for CIK " + cik);
    }
    accession = Objects.requireNonNullElse(accession, "");
  }
}
