package io.capshift.domain.valuation;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The valuation of a small-cap index relative to a large-cap one at a date.
 *
 * @param asOf the date of the two P/Es
 * @param smallPe the small-cap index's P/E, multiple (x), as given
 * @param largePe the large-cap index's P/E, multiple (x), as given
 * @param ratio {@code smallPe / largePe}, multiple (x); undefined when either P/E is undefined or
 *     {@code <= 0}
 * @param discount {@code 1 − ratio}, decimal (0.36 = small caps 36% cheaper); undefined with the
 *     ratio
 * @param history the ratio against its own history, when a history of both P/Es reaches back to
 *     {@code asOf}
 * @param historyUnavailableReason why {@code history} is empty; empty exactly when it is present
 */
public record RelativeValuation(
    LocalDate asOf,
    Figure smallPe,
    Figure largePe,
    Figure ratio,
    Figure discount,
    Optional<RelativeValuationHistory> history,
    Optional<String> historyUnavailableReason) {
  public RelativeValuation {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(smallPe, "smallPe");
    Objects.requireNonNull(largePe, "largePe");
    Objects.requireNonNull(ratio, "ratio");
    Objects.requireNonNull(discount, "discount");
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(historyUnavailableReason, "historyUnavailableReason");
    if (history.isPresent() == historyUnavailableReason.isPresent()) {
      throw new IllegalArgumentException(
          "a relative valuation has either a history or the reason it has none, not both");
    }
  }
}
