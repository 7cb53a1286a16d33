package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.FundFlows;
import io.capshift.application.port.in.GetFundFlowsUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.flows.FlatRun;
import io.capshift.domain.flows.FlowAnalysis;
import io.capshift.domain.flows.FlowAnalyzer;
import io.capshift.domain.flows.FlowCalculator;
import io.capshift.domain.flows.FlowPoint;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Fund flows as given ({@code <ID>-flows:flow_usd}, from capshift's flows CSV), else from the
 * fund's facts series ({@code <ID>-facts:shares_outstanding} priced at {@code nav}, else {@code
 * price}); and from its holdings files (their shares outstanding, priced at the facts' NAV where
 * one is near, else at the file's holdings value per share).
 */
public final class GetFundFlowsService implements GetFundFlowsUseCase {
  private final DatasetRepository repository;
  private final SeriesResolver series;

  @Inject
  public GetFundFlowsService(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
  }

  @Override
  public FundFlows getFundFlows(Query q) {
    String facts = q.fundId() + GetFundProfileService.FACTS + ":";
    Optional<TimeSeries> shares = find(facts + "shares_outstanding", q);
    Optional<TimeSeries> nav = find(facts + "nav", q);
    Optional<TimeSeries> price = find(facts + "price", q);
    Optional<FlowAnalysis> daily = Optional.empty();
    String dailySource =
        "no "
            + facts
            + "shares_outstanding series stored (import the ETF"
            + " overview snapshots) and no "
            + q.fundId()
            + "-flows:flow_usd";
    int unpriced = 0;
    int repeated = 0;
    List<FlatRun> flat = List.of();
    Optional<TimeSeries> given = find(q.fundId() + "-flows:flow_usd", q);
    if (given.isPresent()) {
      List<FlowPoint> points =
          given.get().observations().stream()
              .map(o -> new FlowPoint(o.date(), o.value(), FlowPoint.Basis.GIVEN))
              .toList();
      daily = Optional.of(analyze(points, q, q.window(), find(facts + "assets", q)));
      dailySource = "flows as given in " + given.get().id();
    } else if (shares.isPresent()) {
      FlowCalculator.Result r = FlowCalculator.DEFAULT.fromShares(shares.get(), nav, price);
      unpriced = r.unpriced();
      repeated = r.repeatedDays();
      flat = r.flatRuns();
      daily = Optional.of(analyze(r.flows(), q, q.window(), find(facts + "assets", q)));
      dailySource =
          "change in "
              + shares.get().id()
              + " × "
              + facts
              + "nav (× "
              + facts
              + "price where no NAV is within "
              + FlowCalculator.MAX_PRICE_AGE_DAYS
              + " days), on the business days of the fund's NAV";
    }
    List<FlowPoint> fileFlows = holdingsFlows(q.fundId(), nav, q.to());
    Optional<FlowAnalysis> files =
        fileFlows.isEmpty()
            ? Optional.empty()
            : Optional.of(analyze(fileFlows, q, 1, Optional.empty()));
    String filesSource =
        fileFlows.isEmpty()
            ? "fewer than two holdings files of " + q.fundId() + " with shares outstanding"
            : "change in shares outstanding between "
                + (fileFlows.size() + 1)
                + " holdings files"
                + " × NAV where one is near, else × the file's holdings value per share";
    if (daily.isEmpty() && files.isEmpty()) {
      throw new NotFoundException(
          Reason.FLOWS_NOT_FOUND,
          "capshift.io/Fund",
          q.fundId(),
          "no shares-outstanding history for fund '"
              + q.fundId()
              + "': "
              + dailySource
              + "; "
              + filesSource);
    }
    return new FundFlows(
        q.fundId(),
        daily,
        dailySource,
        unpriced,
        files,
        filesSource,
        repository.dataVersion(),
        repeated,
        flat);
  }

  private static FlowAnalysis analyze(
      List<FlowPoint> flows, Query q, int window, Optional<TimeSeries> assets) {
    List<FlowPoint> kept =
        flows.stream()
            .filter(f -> q.from().map(d -> !f.date().isBefore(d)).orElse(true))
            .filter(f -> q.to().map(d -> !f.date().isAfter(d)).orElse(true))
            .toList();
    return FlowAnalyzer.DEFAULT.analyze(kept, assets, window, q.k());
  }

  /** Flows between the fund's holdings files dated by {@code to} (all without it). */
  private List<FlowPoint> holdingsFlows(
      String fundId, Optional<TimeSeries> nav, Optional<LocalDate> to) {
    List<Observation> shares = new ArrayList<>();
    List<Observation> valuePerShare = new ArrayList<>();
    repository.list().stream()
        .filter(d -> d.targetId().equalsIgnoreCase(fundId) && d.kind() == DatasetKind.FUND_HOLDINGS)
        .filter(d -> to.map(t -> !d.asOf().isAfter(t)).orElse(true))
        .sorted(Comparator.comparing(DatasetInfo::asOf))
        .forEach(
            d -> {
              ConstituentSnapshot s = ((DatasetContent.Constituents) repository.load(d)).snapshot();
              s.fundFacts()
                  .sharesOutstanding()
                  .ifPresent(
                      n -> {
                        double value =
                            s.constituents().stream().mapToDouble(Constituent::value).sum();
                        shares.add(new Observation(s.asOf(), n));
                        valuePerShare.add(new Observation(s.asOf(), n > 0 ? value / n : 0));
                      });
            });
    if (shares.size() < 2) {
      return List.of();
    }
    TimeSeries sharesSeries = TimeSeries.of(fundId + ":holdings_shares", "fund shares", shares);
    TimeSeries perShare =
        TimeSeries.of(
            fundId + ":holdings_value_per_share", "USD of holdings per fund share", valuePerShare);
    return FlowCalculator.DEFAULT
        .betweenObservations(
            sharesSeries, nav, Optional.of(perShare), FlowPoint.Basis.SHARES_X_HOLDINGS_VALUE)
        .flows();
  }

  /** The series as known at the query's last date, if it gives one. */
  private Optional<TimeSeries> find(String id, Query q) {
    return series.find(id, q.to()).map(SeriesResolver.Resolved::series).filter(s -> s.size() > 0);
  }
}
