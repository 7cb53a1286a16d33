package io.capshift.domain.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.domain.common.Figure;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FundChooserTest {
  private static final LocalDate AT = LocalDate.of(2025, 11, 6);

  private static FundCandidate.Value v(ChoiceCriterion c, double x) {
    return new FundCandidate.Value(c, Figure.of(x), "test", Optional.of(AT), 0);
  }

  /**
   * P/E: SML 15, DIV 12, BIG 25 (lower better: DIV 1, SML (25-15)/(25-12) = 10/13, BIG 0). Expense:
   * SML 0.0019, DIV 0.0038, BIG 0.0009 (BIG 1, SML (0.0038-0.0019)/0.0029 = 19/29, DIV 0). Dividend
   * yield: DIV only, so it counts for none. Weights: valuation 2, expense 1. Scores: SML (2 x 10/13
   * + 19/29) / 3 = 0.731..., DIV 2/3, BIG 1/3.
   */
  @Test
  void rank_scoresEachCriterionBetweenWorstAndBest() {
    List<FundCandidate> funds =
        List.of(
            new FundCandidate(
                "SML",
                false,
                List.of(
                    v(ChoiceCriterion.VALUATION, 15), v(ChoiceCriterion.EXPENSE_RATIO, 0.0019))),
            new FundCandidate(
                "DIV",
                false,
                List.of(
                    v(ChoiceCriterion.VALUATION, 12),
                    v(ChoiceCriterion.EXPENSE_RATIO, 0.0038),
                    v(ChoiceCriterion.DIVIDEND_YIELD, 0.03))),
            new FundCandidate(
                "BIG",
                true,
                List.of(
                    v(ChoiceCriterion.VALUATION, 25), v(ChoiceCriterion.EXPENSE_RATIO, 0.0009))));
    Map<ChoiceCriterion, Double> weights =
        Map.of(
            ChoiceCriterion.VALUATION, 2.0,
            ChoiceCriterion.EXPENSE_RATIO, 1.0,
            ChoiceCriterion.UNPROFITABLE, 1.0);

    FundChoice choice = FundChooser.DEFAULT.rank(AT, funds, weights);

    assertThat(choice.ranked())
        .extracting(FundChoice.Ranked::fundId)
        .containsExactly("SML", "DIV", "BIG");
    assertThat(choice.ranked().get(0).score())
        .isCloseTo((2 * 10.0 / 13 + 19.0 / 29) / 3, within(1e-12));
    assertThat(choice.ranked().get(1).score()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(choice.ranked().get(2).score()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(choice.verdict()).isEqualTo(FundChoice.Verdict.SMALL_CAP_FUND);
    assertThat(choice.fundId()).contains("SML");
    FundChoice.Scored dividend =
        choice.ranked().get(1).criteria().get(ChoiceCriterion.DIVIDEND_YIELD.ordinal());
    assertThat(dividend.leftOut()).contains("no other fund has it to compare with");
    FundChoice.Scored unprofitable =
        choice.ranked().get(0).criteria().get(ChoiceCriterion.UNPROFITABLE.ordinal());
    assertThat(unprofitable.leftOut()).contains("not looked up for this fund");
  }

  @Test
  void rank_saysStayInLargeCapsWhenTheLargeFundRanksFirst() {
    List<FundCandidate> funds =
        List.of(
            new FundCandidate("SML", false, List.of(v(ChoiceCriterion.VALUATION, 30))),
            new FundCandidate("BIG", true, List.of(v(ChoiceCriterion.VALUATION, 20))));

    FundChoice choice = FundChooser.DEFAULT.rank(AT, funds, Map.of());

    assertThat(choice.verdict()).isEqualTo(FundChoice.Verdict.STAY_LARGE);
    assertThat(choice.explanation())
        .isEqualTo(
            "stay in large caps: the large-cap fund BIG ranks first (score 1.00; next SML 0.00)");
  }

  @Test
  void rank_withNothingComparableNamesNoFund() {
    List<FundCandidate> funds =
        List.of(
            new FundCandidate(
                "SML",
                false,
                List.of(FundCandidate.Value.missing(ChoiceCriterion.VALUATION, "no holdings"))),
            new FundCandidate("BIG", true, List.of(v(ChoiceCriterion.VALUATION, 20))));

    FundChoice choice = FundChooser.DEFAULT.rank(AT, funds, Map.of());

    assertThat(choice.verdict()).isEqualTo(FundChoice.Verdict.NO_FUND);
    assertThat(choice.fundId()).isEmpty();
    assertThat(choice.unranked())
        .extracting(FundChoice.Unranked::fundId)
        .containsExactly("SML", "BIG");
    assertThat(choice.unranked().get(0).reason()).startsWith("valuation: no holdings");
  }

  /** Other candidates lacking data do not leave the one small-cap fund with figures unranked. */
  @Test
  void rank_onlySmallFundWithFigures_rankedAloneAndSaysSo() {
    List<FundCandidate> funds =
        List.of(
            new FundCandidate("SML", false, List.of(v(ChoiceCriterion.VALUATION, 15))),
            new FundCandidate(
                "OLD",
                false,
                List.of(FundCandidate.Value.missing(ChoiceCriterion.VALUATION, "too old"))),
            new FundCandidate(
                "BIG",
                true,
                List.of(FundCandidate.Value.missing(ChoiceCriterion.VALUATION, "no holdings"))));

    FundChoice choice = FundChooser.DEFAULT.rank(AT, funds, Map.of());

    assertThat(choice.verdict()).isEqualTo(FundChoice.Verdict.SMALL_CAP_FUND);
    assertThat(choice.fundId()).contains("SML");
    assertThat(choice.ranked())
        .singleElement()
        .satisfies(r -> assertThat(r.score()).isEqualTo(0.5));
    assertThat(choice.explanation())
        .isEqualTo(
            "SML ranks first (score 0.50: the only candidate with figures at "
                + AT
                + ", so nothing ranks against it)");
    assertThat(choice.unranked())
        .extracting(FundChoice.Unranked::fundId)
        .containsExactly("OLD", "BIG");
  }
}
