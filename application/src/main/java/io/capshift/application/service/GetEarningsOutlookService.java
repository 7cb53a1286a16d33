package io.capshift.application.service;

import io.capshift.application.dataset.DatasetContent;
import io.capshift.application.dataset.DatasetInfo;
import io.capshift.application.dataset.DatasetKind;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GetEarningsOutlookUseCase;
import io.capshift.application.port.in.InputKind;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.earnings.EarningsGrowthCalculator;
import io.capshift.domain.earnings.NtmEarnings;
import io.capshift.domain.error.NotFoundException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Trailing and forward earnings of an index: from its quarterly EPS sheet (stored under {@code
 * <id>-eps}) where there is one, else from published figures (index level, calendar-year EPS
 * estimates, growth). Adds the 10-year yield for the equity risk premium.
 */
public final class GetEarningsOutlookService implements GetEarningsOutlookUseCase {
  /** Quarterly EPS sheets are stored under the index id with this suffix, e.g. sp500-eps. */
  public static final String EPS_SUFFIX = "-eps";

  private final DatasetRepository repository;
  private final SeriesResolver series;

  @Inject
  public GetEarningsOutlookService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
  }

  @Override
  public EarningsOutlook getEarningsOutlook(GetEarningsOutlookQuery q) {
    long version = repository.dataVersion();
    Optional<DatasetInfo> sheet =
        repository
            .find(q.indexId() + EPS_SUFFIX, Optional.empty())
            .filter(i -> i.kind() == DatasetKind.QUARTERLY_EARNINGS);
    if (sheet.isPresent()) {
      DatasetContent.QuarterlyEps eps = (DatasetContent.QuarterlyEps) repository.load(sheet.get());
      return withYield(new QuarterlyOutlook(q, eps.quarters(), sheet.get()).outlook(), version);
    }
    return fromPublished(q, version);
  }

  /** The outlook from published figures only, even where a quarterly sheet exists. */
  EarningsOutlook fromPublished(GetEarningsOutlookQuery q, long version) {
    PublishedMetrics published = PublishedMetrics.of(repository, q.indexId());
    if (published.isEmpty()) {
      throw new NotFoundException(
          "EARNINGS_NOT_FOUND",
          "capshift.io/Index",
          q.indexId(),
          "no earnings data for '"
              + q.indexId()
              + "': import its quarterly EPS sheet (stored as '"
              + q.indexId()
              + EPS_SUFFIX
              + "') or a metrics file with its EPS");
    }
    return withYield(new PublishedOutlook(q, published).outlook(), version);
  }

  /** Adds the 10-year yield, the equity risk premium on forward earnings and the version. */
  private EarningsOutlook withYield(EarningsOutlook o, long version) {
    List<String> notes = new ArrayList<>(o.notes());
    List<String> datasets = new ArrayList<>(o.datasetIds());
    Optional<TenYearYield.Found> y = TenYearYield.at(series, o.asOf());
    Figure yield;
    Figure erp;
    if (y.isPresent()) {
      yield = Figure.of(y.get().value());
      erp =
          EarningsGrowthCalculator.DEFAULT.equityRiskPremium(
              o.forwardEarningsYield(), y.get().value());
      datasets.add(y.get().datasetId());
      notes.add("10-year yield " + y.get().seriesId() + " at " + y.get().date());
    } else {
      String why =
          "no 10-year yield stored within "
              + TenYearYield.MAX_AGE_DAYS
              + " days before "
              + o.asOf()
              + " (import FRED DGS10 or the datahub 10-year file)";
      yield = Figure.undefined(why);
      erp = Figure.undefined(why);
    }
    return new EarningsOutlook(
        o.indexId(),
        o.asOf(),
        o.input(),
        o.indexLevel(),
        o.trailingEps(),
        o.forwardEps(),
        o.trailingPe(),
        o.forwardPe(),
        o.growth(),
        o.peg(),
        o.forwardEarningsYield(),
        yield,
        erp,
        datasets,
        notes,
        version);
  }

  /**
   * Figures derived the same way whatever the source; the 10-year yield, ERP and data version are
   * added by {@link #withYield}.
   */
  static EarningsOutlook assemble(
      String id,
      LocalDate asOf,
      InputKind input,
      Figure level,
      Figure trailing,
      Optional<NtmEarnings> forward,
      Figure growth,
      List<String> datasets,
      List<String> notes) {
    EarningsGrowthCalculator calc = EarningsGrowthCalculator.DEFAULT;
    Figure trailingPe =
        both(level, trailing)
            ? calc.priceEarnings(level.getAsDouble(), trailing.getAsDouble())
            : Figure.undefined(missing(level, trailing));
    Figure forwardEps =
        forward.map(f -> Figure.of(f.value())).orElse(Figure.undefined("no forward earnings"));
    Figure forwardPe =
        both(level, forwardEps)
            ? calc.priceEarnings(level.getAsDouble(), forwardEps.getAsDouble())
            : Figure.undefined(missing(level, forwardEps));
    Figure yield =
        both(level, forwardEps)
            ? calc.earningsYield(forwardEps.getAsDouble(), level.getAsDouble())
            : Figure.undefined(missing(level, forwardEps));
    return new EarningsOutlook(
        id,
        asOf,
        input,
        level,
        trailing,
        forward,
        trailingPe,
        forwardPe,
        growth,
        calc.peg(forwardPe, growth),
        yield,
        Figure.undefined("not looked up"),
        Figure.undefined("not looked up"),
        datasets,
        notes,
        0);
  }

  private static boolean both(Figure a, Figure b) {
    return a.isDefined() && b.isDefined();
  }

  private static String missing(Figure a, Figure b) {
    return (a.isDefined() ? b : a).undefinedReason().orElse("missing input");
  }
}
