package io.capshift.application.service;

import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.in.GetRateSensitivityUseCase;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.rates.RateSensitivityCalculator;
import io.capshift.domain.rates.SensitivityAssumptions;
import io.capshift.domain.rates.TargetRange;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Index-level rate sensitivity with documented defaults where constituent debt data is absent:
 * a floating share of debt of about 30% for the Russell 2000 and about 6% for the S&amp;P 500
 * (the published estimates), the 21% US federal tax rate, and for the Russell 2000 a
 * debt/earnings multiple calibrated to the rule of thumb (25 bp ≈ 2% of earnings). No
 * debt/earnings default is invented for large caps: it must be given.
 */
public final class GetRateSensitivityService implements GetRateSensitivityUseCase {
  static final Set<String> SMALL = Set.of("russell2000", "r2k", "iwm");
  static final Set<String> LARGE = Set.of("sp500", "spy", "ivv", "voo");
  static final double SMALL_FLOATING = 0.30;
  static final double LARGE_FLOATING = 0.06;

  private final GetRateExpectationsUseCase rates;

  @Inject
  public GetRateSensitivityService(GetRateExpectationsUseCase rates) {
    this.rates = rates;
  }

  @Override
  public RateSensitivity getRateSensitivity(GetRateSensitivityQuery q) {
    String id = q.indexId().toLowerCase(Locale.ROOT);
    double floating = q.floatingDebtShare().orElse(Double.NaN);
    String floatingSource = "given";
    if (q.floatingDebtShare().isEmpty()) {
      if (SMALL.contains(id) || LARGE.contains(id)) {
        floating = SMALL.contains(id) ? SMALL_FLOATING : LARGE_FLOATING;
        floatingSource = "default: published estimate, about " + Math.round(floating * 100)
            + "% of " + (SMALL.contains(id) ? "Russell 2000" : "S&P 500") + " debt floats";
      } else {
        throw InvalidInputException.of("floating_debt_share",
            "no default for '" + q.indexId() + "'; give the share of its debt that floats");
      }
    }
    double tax = q.taxRate().orElse(SensitivityAssumptions.US_FEDERAL_TAX_RATE);
    String taxSource = q.taxRate().isPresent() ? "given" : "default: 21% US federal statutory rate";
    double debt;
    String debtSource = "given";
    if (q.debtToEarnings().isPresent()) {
      debt = q.debtToEarnings().getAsDouble();
    } else if (SMALL.contains(id)) {
      debt = RateSensitivityCalculator.debtToEarningsImpliedByRuleOfThumb(floating, tax);
      debtSource = "default: calibrated so that 25 bp = 2% of earnings (the market's rule of"
          + " thumb for the Russell 2000), not measured";
    } else {
      throw InvalidInputException.of("debt_to_earnings",
          "no default for '" + q.indexId() + "' without constituent debt data; give its total"
              + " debt / annual earnings");
    }
    try {
      SensitivityAssumptions a =
          new SensitivityAssumptions(floating, debt, tax, floatingSource, debtSource, taxSource);
      if (q.asExpected()) {
        return expected(a);
      }
      return RateSensitivityCalculator.DEFAULT.calculate(q.rateChangeBps() / 10_000,
          "given: " + q.rateChangeBps() + " bp", a);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("assumptions", e.getMessage());
    }
  }

  /**
   * The change the latest strip prices: the expected rate at the last meeting within twelve
   * months of the strip's date, minus the mid of today's range.
   */
  private RateSensitivity expected(SensitivityAssumptions a) {
    RateExpectations r = rates.getRateExpectations(new GetRateExpectationsQuery(
        Optional.empty(), Optional.empty(), FedWatchConvention.CME_ADJACENT_ANCHOR));
    LocalDate horizon = r.result().asOf().plusMonths(12);
    FedWatchMeeting last = r.result().meetings().stream()
        .filter(m -> !m.meeting().decisionDate().isAfter(horizon))
        .reduce((x, y) -> y)
        .orElseThrow(() -> InvalidInputException.of("as_expected",
            "the strip " + r.stripDatasetId() + " covers no meeting within twelve months"));
    TargetRange now = r.result().current();
    double change = last.expectedRate() - (now.lowerBound() + now.upperBound()) / 2;
    String source = String.format(Locale.ROOT,
        "as expected by %s: %.3f%% at the %s meeting vs %.3f%% today (%+.2f moves of 25 bp)",
        r.stripDatasetId(), last.expectedRate() * 100, last.meeting().decisionDate(),
        (now.lowerBound() + now.upperBound()) / 2 * 100, last.impliedMoves());
    return RateSensitivityCalculator.DEFAULT.calculate(change, source, a);
  }
}
