package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.GetRateExpectationsQuery;
import io.capshift.application.port.in.GetRateExpectationsUseCase;
import io.capshift.application.port.in.GetRateSensitivityQuery;
import io.capshift.application.port.in.GetRateSensitivityUseCase;
import io.capshift.application.port.in.RateExpectations;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.rates.ConstituentDebt;
import io.capshift.domain.rates.ConstituentDebtCalculator;
import io.capshift.domain.rates.FedWatchConvention;
import io.capshift.domain.rates.FedWatchMeeting;
import io.capshift.domain.rates.InterestCoverageCalculator;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.rates.RateSensitivityCalculator;
import io.capshift.domain.rates.SensitivityAssumptions;
import io.capshift.domain.valuation.ConstituentSnapshot;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Rate sensitivity of an index. Where its latest stored constituents report total debt (and
 * earnings), debt/earnings and the floating share are measured from them; otherwise index-level
 * defaults apply: a floating share of debt of about 30% for the Russell 2000 and about 6% for the
 * S&amp;P 500 (the published estimates), the 21% US federal tax rate, and for the Russell 2000 a
 * debt/earnings multiple calibrated to the rule of thumb (25 bp ≈ 2% of earnings). No debt/earnings
 * default is invented for large caps. A given assumption always wins; a given floating share stands
 * in for constituents that do not report their own. Where constituents report EBIT and interest
 * expense, the answer carries their interest coverage distribution.
 */
public final class GetRateSensitivityService implements GetRateSensitivityUseCase {
  static final Set<String> SMALL = Set.of("russell2000", "r2k", "iwm");
  static final Set<String> LARGE = Set.of("sp500", "spy", "ivv", "voo");
  static final double SMALL_FLOATING = 0.30;
  static final double LARGE_FLOATING = 0.06;

  private final GetRateExpectationsUseCase rates;
  private final DatasetRepository repository;

  @Inject
  public GetRateSensitivityService(GetRateExpectationsUseCase rates, DatasetRepository repository) {
    this.rates = rates;
    this.repository = repository;
  }

  @Override
  public RateSensitivity getRateSensitivity(GetRateSensitivityQuery q) {
    Optional<Stored> stored = creditSnapshot(q.indexId());
    String id = q.indexId().toLowerCase(Locale.US);
    double tax = q.taxRate().orElse(SensitivityAssumptions.US_FEDERAL_TAX_RATE);
    String taxSource = q.taxRate().isPresent() ? "given" : "default: 21% US federal statutory rate";
    Optional<Default> floatingDefault = floatingDefault(q, id);
    Optional<ConstituentDebt> measured =
        stored.flatMap(
            s ->
                ConstituentDebtCalculator.DEFAULT.measure(
                    s.snapshot(), floatingDefault.map(Default::value).orElse(0.0)));
    try {
      SensitivityAssumptions a =
          assumptions(
              q,
              id,
              tax,
              taxSource,
              floatingDefault,
              measured,
              stored.map(Stored::datasetId).orElse(""));
      RateSensitivity s =
          q.asExpected()
              ? expected(a)
              : RateSensitivityCalculator.DEFAULT.calculate(
                  q.rateChangeBps() / 10_000, "given: " + q.rateChangeBps() + " bp", a);
      double threshold = q.coverageThreshold().orElse(InterestCoverageCalculator.DEFAULT_THRESHOLD);
      return s.withInterestCoverage(
          stored.flatMap(
              st -> InterestCoverageCalculator.DEFAULT.calculate(st.snapshot(), threshold)));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("assumptions", e.getMessage());
    }
  }

  private static SensitivityAssumptions assumptions(
      GetRateSensitivityQuery q,
      String id,
      double tax,
      String taxSource,
      Optional<Default> floatingDefault,
      Optional<ConstituentDebt> measured,
      String datasetId) {
    if (measured.isPresent()
        && measured.get().debtShareWithFloatingGiven() < 1
        && floatingDefault.isEmpty()) {
      throw InvalidInputException.of(
          "floating_debt_share",
          "constituents of "
              + datasetId
              + " give no floating share for part of their debt and '"
              + q.indexId()
              + "' has no default; give the share that floats");
    }
    if (measured.isEmpty() && floatingDefault.isEmpty()) {
      throw InvalidInputException.of(
          "floating_debt_share",
          "no default for '" + q.indexId() + "'; give the share of its debt that floats");
    }
    double floating;
    String floatingSource;
    if (measured.isPresent()) {
      ConstituentDebt m = measured.get();
      floating = m.floatingDebtShare();
      floatingSource =
          String.format(
              Locale.US,
              "measured: debt-weighted over %d constituents of %s; they give the share for %.1f%%"
                  + " of that debt%s",
              m.namesUsed(),
              datasetId,
              m.debtShareWithFloatingGiven() * 100,
              m.debtShareWithFloatingGiven() < 1
                  ? ", the rest takes " + floatingDefault.orElseThrow().source()
                  : "");
    } else {
      floating = floatingDefault.orElseThrow().value();
      floatingSource = floatingDefault.orElseThrow().source();
    }
    double debt;
    String debtSource;
    if (q.debtToEarnings().isPresent()) {
      debt = q.debtToEarnings().getAsDouble();
      debtSource = "given";
    } else if (measured.isPresent()) {
      ConstituentDebt m = measured.get();
      debt = m.debtToEarnings();
      debtSource =
          String.format(
              Locale.US,
              "measured: total debt / earnings of %d constituents of %s (%.1f%% of its value; %d"
                  + " without debt or earnings left out)",
              m.namesUsed(),
              datasetId,
              m.valueShareUsed() * 100,
              m.namesSkipped());
    } else if (SMALL.contains(id)) {
      debt = RateSensitivityCalculator.debtToEarningsImpliedByRuleOfThumb(floating, tax);
      debtSource =
          "default: calibrated so that 25 bp = 2% of earnings (the market's rule of"
              + " thumb for the Russell 2000), not measured";
    } else {
      throw InvalidInputException.of(
          "debt_to_earnings",
          "no default for '"
              + q.indexId()
              + "' without constituent debt data; give its total"
              + " debt / annual earnings");
    }
    return new SensitivityAssumptions(floating, debt, tax, floatingSource, debtSource, taxSource);
  }

  private static Optional<Default> floatingDefault(GetRateSensitivityQuery q, String id) {
    if (q.floatingDebtShare().isPresent()) {
      return Optional.of(new Default(q.floatingDebtShare().getAsDouble(), "given"));
    }
    if (SMALL.contains(id) || LARGE.contains(id)) {
      double floating = SMALL.contains(id) ? SMALL_FLOATING : LARGE_FLOATING;
      return Optional.of(
          new Default(
              floating,
              "default: published estimate, about "
                  + Math.round(floating * 100)
                  + "% of "
                  + (SMALL.contains(id) ? "Russell 2000" : "S&P 500")
                  + " debt floats"));
    }
    return Optional.empty();
  }

  /** The latest stored constituents of the index, if any of them report debt service figures. */
  private Optional<Stored> creditSnapshot(String indexId) {
    Optional<DatasetInfo> info = repository.find(indexId, Optional.empty());
    if (info.isEmpty()) {
      return Optional.empty();
    }
    DatasetContent content = repository.load(info.get());
    if (content instanceof DatasetContent.Constituents c && c.snapshot().hasCreditFigures()) {
      return Optional.of(new Stored(info.get().datasetId(), c.snapshot()));
    }
    return Optional.empty();
  }

  /**
   * The change the latest strip prices: the expected rate at the last meeting within twelve months
   * of the strip's date, minus the mid of today's range.
   */
  private RateSensitivity expected(SensitivityAssumptions a) {
    RateExpectations r =
        rates.getRateExpectations(
            new GetRateExpectationsQuery(
                Optional.empty(), Optional.empty(), FedWatchConvention.CME_ADJACENT_ANCHOR));
    FedWatchMeeting last =
        r.result()
            .lastMeetingBy(r.result().asOf().plusMonths(12))
            .orElseThrow(
                () ->
                    InvalidInputException.of(
                        "as_expected",
                        "the strip "
                            + r.stripDatasetId()
                            + " covers no meeting within twelve months"));
    double change = last.expectedRate() - r.result().currentMid();
    String source =
        String.format(
            Locale.US,
            "as expected by %s: %.3f%% at the %s meeting vs %.3f%% today (%+.2f moves of 25 bp)",
            r.stripDatasetId(),
            last.expectedRate() * 100,
            last.meeting().decisionDate(),
            r.result().currentMid() * 100,
            last.impliedMoves());
    return RateSensitivityCalculator.DEFAULT.calculate(change, source, a);
  }

  private record Default(double value, String source) {}

  private record Stored(String datasetId, ConstituentSnapshot snapshot) {}
}
