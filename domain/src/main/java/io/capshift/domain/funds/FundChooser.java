package io.capshift.domain.funds;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Ranks candidate funds (docs/methods.md, "Fund choice"). Stateless; use {@link #DEFAULT}.
 *
 * <p>Each criterion scores a fund by where its value lies between the worst and the best candidate
 * having that criterion: {@code (x − worst) / (best − worst)}, 1 for the best, 0 for the worst, 0.5
 * for all when they are equal. A criterion counts for a fund only when the fund has a value and at
 * least one other candidate has one to compare with; a lone candidate, or the only small-cap
 * candidate with any figure, scores 0.5 on each and the answer says nothing ranked against it. A
 * fund's score is {@code Σ weight × score / Σ weight} over the criteria that count for it, so a
 * missing figure neither helps nor hurts; the answer shows which counted. The best score wins; if
 * that is the large-cap alternative, the answer is to stay in large caps.
 */
public final class FundChooser {
  /** The shared instance. */
  public static final FundChooser DEFAULT = new FundChooser();

  /** Each criterion weighs 1 unless the caller says otherwise. */
  public static final double DEFAULT_WEIGHT = 1.0;

  private FundChooser() {}

  /**
   * The ranking of {@code candidates} at {@code asOf}.
   *
   * @param weights by criterion; a criterion not named weighs {@link #DEFAULT_WEIGHT}; 0 leaves it
   *     out
   */
  public FundChoice rank(
      LocalDate asOf, List<FundCandidate> candidates, Map<ChoiceCriterion, Double> weights) {
    Objects.requireNonNull(asOf, "asOf");
    Map<ChoiceCriterion, double[]> range = new EnumMap<>(ChoiceCriterion.class);
    Map<ChoiceCriterion, Integer> having = new EnumMap<>(ChoiceCriterion.class);
    for (FundCandidate f : candidates) {
      for (FundCandidate.Value v : f.values()) {
        if (v.figure().isDefined()) {
          double x = v.figure().getAsDouble();
          double[] r =
              range.computeIfAbsent(
                  v.criterion(), k -> new double[] {Double.MAX_VALUE, -Double.MAX_VALUE});
          r[0] = Math.min(r[0], x);
          r[1] = Math.max(r[1], x);
          having.merge(v.criterion(), 1, Integer::sum);
        }
      }
    }
    // when one fund alone has figures, the others lacking data must not leave it unranked: it is
    // ranked as a lone candidate would be, and the answer says there was nothing to rank it against
    // (a large-cap fund alone is no answer to "through which small-cap fund")
    List<FundCandidate> withFigures =
        candidates.stream()
            .filter(f -> f.values().stream().anyMatch(v -> v.figure().isDefined()))
            .toList();
    boolean lone =
        candidates.size() == 1 || (withFigures.size() == 1 && !withFigures.get(0).largeCap());
    List<FundChoice.Ranked> ranked = new ArrayList<>();
    List<FundChoice.Unranked> unranked = new ArrayList<>();
    for (FundCandidate f : candidates) {
      List<FundChoice.Scored> scored = new ArrayList<>();
      double sum = 0;
      double weightSum = 0;
      for (ChoiceCriterion c : ChoiceCriterion.values()) {
        Optional<FundCandidate.Value> found = f.value(c);
        double w = weights.getOrDefault(c, DEFAULT_WEIGHT);
        FundCandidate.Value v =
            found.orElse(FundCandidate.Value.missing(c, "not looked up for this fund"));
        Optional<String> leftOut = leftOut(v, w, !lone && having.getOrDefault(c, 0) < 2);
        OptionalDouble score = OptionalDouble.empty();
        OptionalDouble contribution = OptionalDouble.empty();
        if (leftOut.isEmpty()) {
          double s = score(c, v.figure().getAsDouble(), range.get(c));
          score = OptionalDouble.of(s);
          contribution = OptionalDouble.of(w * s);
          sum += w * s;
          weightSum += w;
        }
        scored.add(
            new FundChoice.Scored(
                c, v.figure(), w, score, contribution, v.source(), v.asOf(), v.ageDays(), leftOut));
      }
      if (weightSum > 0) {
        ranked.add(new FundChoice.Ranked(0, f.fundId(), f.largeCap(), sum / weightSum, scored));
      } else {
        unranked.add(
            new FundChoice.Unranked(
                f.fundId(),
                f.largeCap(),
                scored.stream()
                    .map(s -> s.criterion().key() + ": " + s.leftOut().orElse(""))
                    .collect(Collectors.joining("; ")),
                scored));
      }
    }
    ranked.sort(
        Comparator.comparingDouble(FundChoice.Ranked::score)
            .reversed()
            .thenComparing(FundChoice.Ranked::fundId));
    List<FundChoice.Ranked> numbered = new ArrayList<>();
    for (int i = 0; i < ranked.size(); i++) {
      FundChoice.Ranked r = ranked.get(i);
      numbered.add(new FundChoice.Ranked(i + 1, r.fundId(), r.largeCap(), r.score(), r.criteria()));
    }
    return answer(asOf, numbered, unranked);
  }

  private static Optional<String> leftOut(FundCandidate.Value v, double weight, boolean alone) {
    if (!v.figure().isDefined()) {
      return v.figure().undefinedReason();
    }
    if (weight == 0) {
      return Optional.of("weight 0");
    }
    if (alone) {
      return Optional.of("no other fund has it to compare with");
    }
    return Optional.empty();
  }

  private static double score(ChoiceCriterion c, double x, double[] range) {
    double span = range[1] - range[0];
    if (!(span > 0)) {
      return 0.5;
    }
    double s = c.higherIsBetter() ? (x - range[0]) / span : (range[1] - x) / span;
    return Math.max(0, Math.min(1, s));
  }

  private static FundChoice answer(
      LocalDate asOf, List<FundChoice.Ranked> ranked, List<FundChoice.Unranked> unranked) {
    if (ranked.isEmpty()) {
      return new FundChoice(
          asOf,
          FundChoice.Verdict.NO_FUND,
          Optional.empty(),
          "no fund: no candidate has two or more comparable figures at " + asOf,
          ranked,
          unranked);
    }
    FundChoice.Ranked top = ranked.get(0);
    String runnerUp =
        ranked.size() > 1
            ? String.format(
                Locale.US,
                " (score %.2f; next %s %.2f)",
                top.score(),
                ranked.get(1).fundId(),
                ranked.get(1).score())
            : unranked.isEmpty()
                ? String.format(Locale.US, " (score %.2f; no other fund ranked)", top.score())
                : String.format(
                    Locale.US,
                    " (score %.2f: the only candidate with figures at %s, so nothing ranks"
                        + " against it)",
                    top.score(),
                    asOf);
    if (top.largeCap()) {
      return new FundChoice(
          asOf,
          FundChoice.Verdict.STAY_LARGE,
          Optional.of(top.fundId()),
          "stay in large caps: the large-cap fund " + top.fundId() + " ranks first" + runnerUp,
          ranked,
          unranked);
    }
    return new FundChoice(
        asOf,
        FundChoice.Verdict.SMALL_CAP_FUND,
        Optional.of(top.fundId()),
        top.fundId() + " ranks first" + runnerUp,
        ranked,
        unranked);
  }

  /** A figure for a criterion: undefined with the reason when {@code value} is empty. */
  public static Figure figure(OptionalDouble value, String reason) {
    return value.isPresent() ? Figure.of(value.getAsDouble()) : Figure.undefined(reason);
  }
}
