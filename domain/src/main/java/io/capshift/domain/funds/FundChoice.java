package io.capshift.domain.funds;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The ranking of candidate funds and the answer it gives.
 *
 * @param asOf the date of the answer
 * @param verdict what the ranking says
 * @param fundId the fund ranked first, when there is one
 * @param explanation the answer in a sentence
 * @param ranked the funds with at least one usable criterion, best first
 * @param unranked the funds with none, and why
 */
public record FundChoice(
    LocalDate asOf,
    Verdict verdict,
    Optional<String> fundId,
    String explanation,
    List<Ranked> ranked,
    List<Unranked> unranked) {

  public FundChoice {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(fundId, "fundId");
    ranked = List.copyOf(ranked);
    unranked = List.copyOf(unranked);
  }

  /** No fund to rank at {@code asOf}, and why. */
  public static FundChoice none(LocalDate asOf, String why) {
    return new FundChoice(asOf, Verdict.NO_FUND, Optional.empty(), why, List.of(), List.of());
  }

  /** What the ranking says. */
  public enum Verdict {
    /** A small-cap fund ranks first. */
    SMALL_CAP_FUND,
    /** The large-cap alternative ranks first: stay in large caps. */
    STAY_LARGE,
    /** No fund has data to rank. */
    NO_FUND
  }

  /**
   * A ranked fund.
   *
   * @param rank 1 = best
   * @param fundId its ticker
   * @param largeCap whether it is the large-cap alternative
   * @param score Σ contribution / Σ weight over its usable criteria, in [0, 1]
   * @param criteria each criterion looked up, used or left out
   */
  public record Ranked(
      int rank, String fundId, boolean largeCap, double score, List<Scored> criteria) {
    public Ranked {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * A fund no criterion could rank.
   *
   * @param fundId its ticker
   * @param largeCap whether it is the large-cap alternative
   * @param reason why, criterion by criterion
   * @param criteria each criterion looked up
   */
  public record Unranked(String fundId, boolean largeCap, String reason, List<Scored> criteria) {
    public Unranked {
      criteria = List.copyOf(criteria);
    }
  }

  /**
   * One criterion for one fund.
   *
   * @param criterion which
   * @param value the fund's value, or why there is none
   * @param weight the criterion's weight, as given
   * @param score where the value lies between the worst (0) and best (1) candidate; empty when left
   *     out
   * @param contribution {@code weight × score}; empty when left out
   * @param source where the value came from
   * @param asOf the date of the data behind it
   * @param ageDays its age at the answer's date, days
   * @param leftOut why it did not count for this fund, if it did not
   */
  public record Scored(
      ChoiceCriterion criterion,
      Figure value,
      double weight,
      OptionalDouble score,
      OptionalDouble contribution,
      String source,
      Optional<LocalDate> asOf,
      long ageDays,
      Optional<String> leftOut) {}
}
