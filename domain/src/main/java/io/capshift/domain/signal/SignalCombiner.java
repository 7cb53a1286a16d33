package io.capshift.domain.signal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Combines standardised components into the rotation call: the weighted mean of the z-scores of the
 * components that have data, the weights renormalised over them. Stateless; use {@link #DEFAULT}.
 */
public final class SignalCombiner {
  /** The shared instance. */
  public static final SignalCombiner DEFAULT = new SignalCombiner();

  private SignalCombiner() {}

  /**
   * One component before combining.
   *
   * @param name the component
   * @param raw the raw measure, if there is data
   * @param unit its unit
   * @param zScore its z-score (positive favours small caps), if there is enough history
   * @param weight the weight asked for, not negative
   * @param source where it came from
   * @param leftOut why it has no z-score, when it has none
   */
  public record Input(
      String name,
      OptionalDouble raw,
      String unit,
      OptionalDouble zScore,
      double weight,
      String source,
      String leftOut) {}

  /** z of {@code x} against {@code history} (which includes it), if 2+ values with dispersion. */
  public static OptionalDouble zScore(double x, double[] history) {
    int n = history.length;
    if (n < 2) {
      return OptionalDouble.empty();
    }
    double mean = java.util.Arrays.stream(history).sum() / n;
    double var = 0;
    for (double h : history) {
      var += (h - mean) * (h - mean);
    }
    double sd = Math.sqrt(var / (n - 1));
    return sd > 0 ? OptionalDouble.of((x - mean) / sd) : OptionalDouble.empty();
  }

  public RotationSignal combine(LocalDate asOf, List<Input> inputs, double threshold) {
    double weights =
        inputs.stream()
            .filter(i -> i.zScore().isPresent() && i.weight() > 0)
            .mapToDouble(Input::weight)
            .sum();
    List<SignalComponent> out = new ArrayList<>();
    double score = 0;
    for (Input i : inputs) {
      boolean used = i.zScore().isPresent() && i.weight() > 0 && weights > 0;
      double contribution = used ? i.weight() * i.zScore().getAsDouble() / weights : 0;
      score += contribution;
      String why = i.zScore().isPresent() ? "weight 0" : i.leftOut();
      out.add(
          new SignalComponent(
              i.name(),
              i.raw(),
              i.unit(),
              i.zScore(),
              i.weight(),
              contribution,
              i.source(),
              used ? Optional.empty() : Optional.of(why)));
    }
    RotationSignal.Stance stance =
        score > threshold
            ? RotationSignal.Stance.OVERWEIGHT_SMALL
            : score < -threshold
                ? RotationSignal.Stance.UNDERWEIGHT_SMALL
                : RotationSignal.Stance.NEUTRAL;
    return new RotationSignal(asOf, out, score, stance, threshold);
  }
}
