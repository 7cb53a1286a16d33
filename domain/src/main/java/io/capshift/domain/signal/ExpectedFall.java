package io.capshift.domain.signal;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The fall of the policy rate the market priced at a date over the rule's policy months.
 *
 * @param fall today's rate minus the rate expected at the horizon, decimal (0.005 = 50 bp of cuts)
 * @param pricedOn the date of the prices it comes from, on or before the signal's date
 * @param source where it comes from and how, for people
 */
public record ExpectedFall(double fall, LocalDate pricedOn, String source) {
  public ExpectedFall {
    Objects.requireNonNull(pricedOn, "pricedOn");
    Objects.requireNonNull(source, "source");
    if (!Double.isFinite(fall)) {
      throw new IllegalArgumentException("fall must be finite: " + fall);
    }
  }
}
