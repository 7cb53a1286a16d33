package io.capshift.application.service;

import io.capshift.application.port.in.CompareFundsUseCase;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.FundFact;
import io.capshift.application.port.in.FundHoldings;
import io.capshift.application.port.in.FundProfile;
import io.capshift.application.port.in.GetFundProfileQuery;
import io.capshift.application.port.in.GetFundProfileUseCase;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.funds.LookThroughCalculator;
import io.capshift.domain.funds.TurnoverCalculator;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuationCalculator;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A fund's profile from what the store holds: its holdings snapshot (target id = the fund's ticker)
 * on or before the date, and its facts from the {@code <TICKER>-facts} series.
 */
public final class GetFundProfileService implements GetFundProfileUseCase, CompareFundsUseCase {
  /** Target suffix of a fund's facts series, as the ETF overview importer stores them. */
  static final String FACTS = "-facts";

  private final DatasetRepository repository;
  private final FundamentalsAt fundamentals;

  @Inject
  public GetFundProfileService(DatasetRepository repository, FundamentalsAt fundamentals) {
    this.repository = repository;
    this.fundamentals = fundamentals;
  }

  @Override
  public List<FundProfile> compareFunds(CompareFundsUseCase.Query query) {
    return query.fundIds().stream()
        .map(id -> getFundProfile(new GetFundProfileQuery(id, query.asOf())))
        .toList();
  }

  @Override
  public FundProfile getFundProfile(GetFundProfileQuery q) {
    long version = repository.dataVersion();
    Optional<FundHoldings> holdings = holdings(q);
    List<FundFact> facts = facts(q.fundId(), q.asOf());
    if (holdings.isEmpty() && facts.isEmpty()) {
      Optional<LocalDate> first =
          q.asOf().flatMap(d -> FirstDated.of(repository, q.fundId(), q.fundId() + FACTS));
      throw new NotFoundException(
          Reason.FUND_NOT_FOUND,
          "capshift.io/Fund",
          q.fundId(),
          "nothing is stored for fund '"
              + q.fundId()
              + "'"
              + q.asOf().map(d -> " on or before " + d).orElse("")
              + first
                  .map(d -> "; the first is dated " + d)
                  .orElse("; import its holdings file or the ETF overview snapshots"),
          first.orElse(null));
    }
    String note =
        holdings
            .map(h -> h.lookThrough().holdings() + " holdings from " + h.datasetId())
            .orElse(
                // a later snapshot is not named: an answer at a date says nothing of what came
                // after
                "no holdings of "
                    + q.fundId()
                    + " stored"
                    + q.asOf().map(d -> " on or before " + d).orElse(""));
    return new FundProfile(q.fundId(), q.asOf(), holdings, note, facts, version);
  }

  private Optional<FundHoldings> holdings(GetFundProfileQuery q) {
    Optional<LocalDate> asOf = q.asOf();
    JoinRules rules = q.rules();
    Optional<DatasetInfo> info = repository.find(q.fundId(), asOf);
    if (info.isEmpty() || !(repository.load(info.get()) instanceof DatasetContent.Constituents c)) {
      return Optional.empty();
    }
    ConstituentSnapshot s = c.snapshot();
    var valuation = IndexValuationCalculator.DEFAULT.calculate(s, NegativeEarningsPolicy.INCLUDE);
    var fundSite =
        IndexValuationCalculator.DEFAULT
            .calculate(s, NegativeEarningsPolicy.FUND_HARMONIC_CAPPED)
            .priceEarnings();
    List<String> notes = new ArrayList<>();
    Optional<HoldingsValuation> joined = Optional.empty();
    ConstituentSnapshot viewed = s;
    // the fund choice's test of its holdings (it asks without valueOldHoldings)
    boolean undated = info.get().undated();
    boolean old = asOf.map(d -> !rules.holdingsCurrent(undated, s.asOf(), d)).orElse(undated);
    if (s.hasEarnings()) {
      notes.add("valued from the figures of " + info.get().datasetId() + " itself");
    } else if (old && !q.valueOldHoldings()) {
      notes.add(
          "not valued: the holdings are "
              + (info.get().undated()
                  ? "undated"
                  : "over " + rules.maxAgeDays() + " days old at " + asOf.orElseThrow()));
    } else {
      joined = fundamentals.lookThrough(s, asOf.orElse(s.asOf()), rules, notes);
      Optional<HoldingsValuation> matched = joined.filter(j -> j.join().matched() > 0);
      if (matched.isPresent()) {
        valuation = matched.get().valuation(NegativeEarningsPolicy.INCLUDE);
        fundSite =
            matched.get().valuation(NegativeEarningsPolicy.FUND_HARMONIC_CAPPED).priceEarnings();
        viewed = matched.get().holdings();
      }
    }
    var turnover =
        previous(info.get())
            .map(
                p ->
                    TurnoverCalculator.DEFAULT.between(
                        ((DatasetContent.Constituents) repository.load(p)).snapshot(), s));
    return Optional.of(
        new FundHoldings(
            info.get().datasetId(),
            s.asOf(),
            gap(s.asOf(), asOf),
            valuation,
            fundSite,
            LookThroughCalculator.DEFAULT.calculate(viewed),
            turnover,
            info.get().undated(),
            joined,
            notes));
  }

  /** The fund's snapshot stored just before {@code current}. */
  private Optional<DatasetInfo> previous(DatasetInfo current) {
    return snapshots(current.targetId()).stream()
        .filter(d -> d.asOf().isBefore(current.asOf()))
        .max(Comparator.comparing(DatasetInfo::asOf));
  }

  private List<DatasetInfo> snapshots(String fundId) {
    return repository.list().stream()
        .filter(d -> d.targetId().equalsIgnoreCase(fundId))
        .filter(
            d ->
                d.kind() == io.capshift.application.port.in.DatasetKind.FUND_HOLDINGS
                    || d.kind() == io.capshift.application.port.in.DatasetKind.INDEX_CONSTITUENTS)
        .toList();
  }

  private List<FundFact> facts(String fundId, Optional<LocalDate> asOf) {
    Optional<DatasetInfo> info = repository.find(fundId + FACTS, Optional.empty());
    if (info.isEmpty() || !(repository.load(info.get()) instanceof DatasetContent.SeriesSet set)) {
      return List.of();
    }
    List<FundFact> facts = new ArrayList<>();
    String source = info.get().datasetId() + " (" + info.get().source() + ")";
    for (TimeSeries s : set.series()) {
      OptionalInt i =
          asOf.isPresent() ? s.indexOnOrBefore(asOf.get()) : OptionalInt.of(s.size() - 1);
      if (i.isPresent() && s.size() > 0) {
        LocalDate date = s.date(i.getAsInt());
        facts.add(
            new FundFact(
                s.id().substring(s.id().indexOf(':') + 1),
                s.value(i.getAsInt()),
                s.unit(),
                date,
                gap(date, asOf),
                source));
      }
    }
    return facts;
  }

  private static long gap(LocalDate date, Optional<LocalDate> asked) {
    return asked.map(a -> ChronoUnit.DAYS.between(date, a)).orElse(0L);
  }
}
