package io.capshift.domain.funds;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fund to rank and what is known of it at the date.
 *
 * @param fundId its ticker
 * @param largeCap whether it is the large-cap alternative ranked beside the small-cap funds
 * @param values one per criterion it was looked up for; an undefined figure says why it is missing
 */
public record FundCandidate(String fundId, boolean largeCap, List<Value> values) {
  public FundCandidate {
    Objects.requireNonNull(fundId, "fundId");
    values = List.copyOf(values);
  }

  /** The value of {@code c}, if looked up. */
  public Optional<Value> value(ChoiceCriterion c) {
    return values.stream().filter(v -> v.criterion() == c).findFirst();
  }

  /**
   * One criterion's value for the fund.
   *
   * @param criterion which
   * @param figure the value in the criterion's unit, or why there is none
   * @param source where it came from, e.g. {@code look-through of IWM@2025-11-05 and
   *     finviz@2025-08-19}
   * @param asOf the date of the data behind it
   * @param ageDays its age at the answer's date, days
   */
  public record Value(
      ChoiceCriterion criterion,
      Figure figure,
      String source,
      Optional<LocalDate> asOf,
      long ageDays) {
    public Value {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(figure, "figure");
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(asOf, "asOf");
    }

    /** A criterion without data, and why. */
    public static Value missing(ChoiceCriterion criterion, String reason) {
      return new Value(criterion, Figure.undefined(reason), "", Optional.empty(), 0);
    }
  }
}
