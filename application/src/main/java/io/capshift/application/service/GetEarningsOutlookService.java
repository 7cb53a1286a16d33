package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GetEarningsOutlookUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.Figure;
import io.capshift.domain.earnings.EarningsMultiples;
import io.capshift.domain.earnings.EarningsOutlookCalculator;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import jakarta.inject.Inject;
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
    // a sheet published after the date holds estimates (and revisions) not known then
    Optional<DatasetInfo> sheet =
        repository
            .find(q.indexId() + EPS_SUFFIX, q.asOf())
            .filter(i -> i.kind() == DatasetKind.QUARTERLY_EARNINGS);
    if (sheet.isPresent()) {
      DatasetContent.QuarterlyEps eps = (DatasetContent.QuarterlyEps) repository.load(sheet.get());
      return outlook(q, new QuarterlyOutlook(q, eps.quarters(), sheet.get()).inputs(), version);
    }
    Optional<String> later =
        repository
            .find(q.indexId() + EPS_SUFFIX, Optional.empty())
            .filter(i -> i.kind() == DatasetKind.QUARTERLY_EARNINGS)
            .map(
                i ->
                    "the quarterly sheet "
                        + i.datasetId()
                        + " is dated after "
                        + q.asOf().orElseThrow()
                        + ": its estimates were not known then, so it is not used");
    return fromPublished(q, version, later);
  }

  /** The outlook from published figures only, even where a quarterly sheet exists. */
  EarningsOutlook fromPublished(GetEarningsOutlookQuery q, long version) {
    return fromPublished(q, version, Optional.empty());
  }

  /**
   * The outlook from published figures, each known on its own date.
   *
   * @param sheetNotUsed why a stored quarterly sheet was not used, said in the answer
   */
  private EarningsOutlook fromPublished(
      GetEarningsOutlookQuery q, long version, Optional<String> sheetNotUsed) {
    PublishedMetrics published = PublishedMetrics.of(repository, q.indexId());
    if (published.isEmpty()) {
      throw new NotFoundException(
          Reason.EARNINGS_NOT_FOUND,
          "capshift.io/Index",
          q.indexId(),
          sheetNotUsed
              .map(why -> "no earnings data known by then for '" + q.indexId() + "': " + why)
              .orElse(
                  "no earnings data for '"
                      + q.indexId()
                      + "': import its quarterly EPS sheet (stored as '"
                      + q.indexId()
                      + EPS_SUFFIX
                      + "') or a metrics file with its EPS"));
    }
    EarningsInputs in;
    try {
      in = new PublishedOutlook(q, published).inputs();
    } catch (NotFoundException e) {
      throw sheetNotUsed
          .<NotFoundException>map(
              why ->
                  new NotFoundException(
                      e.reason(),
                      "capshift.io/Index",
                      q.indexId(),
                      e.getMessage() + "; " + why,
                      published.firstDate().orElse(null)))
          .orElse(e);
    }
    if (sheetNotUsed.isPresent()) {
      List<String> notes = new ArrayList<>(in.notes());
      notes.add(sheetNotUsed.get());
      in =
          new EarningsInputs(
              in.asOf(),
              in.input(),
              in.level(),
              in.trailing(),
              in.forward(),
              in.otherGrowth(),
              in.datasetIds(),
              notes);
    }
    return outlook(q, in, version);
  }

  /** The measures of {@code in}, with the 10-year yield at its date. */
  private EarningsOutlook outlook(GetEarningsOutlookQuery q, EarningsInputs in, long version) {
    List<String> notes = new ArrayList<>(in.notes());
    List<String> datasets = new ArrayList<>(in.datasetIds());
    Optional<TenYearYield.Found> y = TenYearYield.at(series, in.asOf());
    Figure tenYear;
    if (y.isPresent()) {
      tenYear = Figure.of(y.get().value());
      datasets.add(y.get().datasetId());
      notes.add("10-year yield " + y.get().seriesId() + " at " + y.get().date());
    } else {
      tenYear =
          Figure.undefined(
              "no 10-year yield stored within "
                  + TenYearYield.MAX_AGE_DAYS
                  + " days before "
                  + in.asOf()
                  + " (import FRED DGS10 or the datahub 10-year file)");
    }
    EarningsMultiples m =
        EarningsOutlookCalculator.DEFAULT.multiples(
            in.level(), in.trailing(), in.forward(), in.otherGrowth(), tenYear);
    return new EarningsOutlook(
        q.indexId(),
        in.asOf(),
        in.input(),
        in.level(),
        in.trailing(),
        in.forward(),
        m.trailingPe(),
        m.forwardPe(),
        m.growth(),
        m.peg(),
        m.forwardEarningsYield(),
        tenYear,
        m.equityRiskPremium(),
        datasets,
        notes,
        version);
  }
}
