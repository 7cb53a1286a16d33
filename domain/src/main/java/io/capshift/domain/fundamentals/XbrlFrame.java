package io.capshift.domain.fundamentals;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One SEC XBRL frame: one concept in one unit over one calendar period, a value per company.
 *
 * @param taxonomy e.g. {@code us-gaap} or {@code dei}
 * @param tag the concept, e.g. {@code NetIncomeLoss}
 * @param unit e.g. {@code USD}, {@code USD/shares}, {@code shares}
 * @param period the calendar period
 * @param facts one per company; a CIK appears once
 */
public record XbrlFrame(
    String taxonomy, String tag, String unit, FramePeriod period, List<FrameFact> facts) {
  public XbrlFrame {
    for (String s : new String[] {taxonomy, tag, unit}) {
      if (s == null || s.isBlank()) {
        throw new IllegalArgumentException("taxonomy, tag and unit must not be blank");
      }
    }
    Objects.requireNonNull(period, "period");
    facts = List.copyOf(facts);
    Set<Long> seen = new HashSet<>();
    for (FrameFact f : facts) {
      if (!seen.add(f.cik())) {
        throw new IllegalArgumentException("CIK " + f.cik() + " is given twice in the frame");
      }
    }
  }

  /** {@code taxonomy/tag/unit/period}, as the frames API path names the frame. */
  public String path() {
    return taxonomy + "/" + tag + "/" + unit + "/" + period;
  }

  /** {@code taxonomy/tag}. */
  public String concept() {
    return taxonomy + "/" + tag;
  }
}
