package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.fundamentals.FrameFundamentals;
import io.capshift.domain.fundamentals.FundamentalsJoin;
import io.capshift.domain.fundamentals.FundamentalsSource;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.fundamentals.XbrlFrame;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.funds.HoldingsValuationCalculator;
import io.capshift.domain.valuation.ConstituentSnapshot;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The company fundamentals a store knew at a date, and look-throughs against them: for each
 * fundamentals target (a screener, a ticker map, a fundamentals CSV) its newest dataset dated on or
 * before the date; every SEC XBRL frame dated by then (the newest per frame) combined into one
 * table of trailing twelve months. Nothing dated after the date is read.
 *
 * <p>One per store: its join indexes and look-throughs serve every use case that values a fund (a
 * report asks for the same fund at the same date from the signal, the fund choice and the fund
 * table), and Caffeine computes each once while other callers of it wait.
 */
@Singleton
public final class FundamentalsAt {
  private final DatasetRepository repository;

  /**
   * Join indexes of the current data version, by sources: an index reads every company of its
   * sources, and a report or a fund choice joins several funds against the same ones.
   */
  private final VersionedCache<String, FundamentalsJoin.Index> indexes = new VersionedCache<>(16);

  /**
   * Look-throughs of the current data version, by stored snapshot, rules and the fundamentals
   * datasets read (not the date: an answer at another date reading the same datasets is the same
   * join, re-dated): a report values a fund for the signal, the fund choice and the fund table at
   * one date, and its backtest at month ends reading the same screener.
   */
  private final VersionedCache<String, HoldingsValuation> valuations = new VersionedCache<>(64);

  private final Executor sideWork;

  /** Reading its files one after another. */
  public FundamentalsAt(DatasetRepository repository) {
    this(repository, Runnable::run);
  }

  /**
   * @param sideWork where the second and later of several files not yet in memory are decoded,
   *     beside the first
   */
  @Inject
  public FundamentalsAt(DatasetRepository repository, @SideWork Executor sideWork) {
    this.repository = repository;
    this.sideWork = sideWork;
  }

  /** The sources known at {@code at}. */
  List<FundamentalsSource> known(LocalDate at) {
    Map<String, DatasetInfo> newest = new LinkedHashMap<>();
    for (DatasetInfo info : repository.list()) {
      if (info.kind() == DatasetKind.COMPANY_FUNDAMENTALS && !info.asOf().isAfter(at)) {
        newest.merge(
            info.targetId().toLowerCase(java.util.Locale.US),
            info,
            (a, b) -> a.asOf().isAfter(b.asOf()) ? a : b);
      }
    }
    List<FundamentalsSource> sources = new ArrayList<>();
    List<XbrlFrame> frames = new ArrayList<>();
    List<DatasetInfo> frameInfos = new ArrayList<>();
    List<DatasetInfo> infos = List.copyOf(newest.values());
    List<DatasetContent> contents = loadAll(infos);
    for (int i = 0; i < infos.size(); i++) {
      DatasetInfo info = infos.get(i);
      DatasetContent content = contents.get(i);
      if (content instanceof DatasetContent.Fundamentals f) {
        sources.add(
            new FundamentalsSource(
                info.datasetId(), info.source(), info.asOf(), info.undated(), f.table()));
      } else if (content instanceof DatasetContent.Frame f) {
        frames.add(f.frame());
        frameInfos.add(info);
      }
    }
    if (!frames.isEmpty()) {
      FundamentalsTable table = FrameFundamentals.table(frames, new ArrayList<>());
      DatasetInfo latest =
          frameInfos.stream().max(Comparator.comparing(DatasetInfo::asOf)).orElseThrow();
      sources.add(
          new FundamentalsSource(
              "sec-frames@" + latest.asOf(),
              "SEC XBRL frames, trailing twelve months from "
                  + frames.size()
                  + " frames ("
                  + String.join(", ", frameInfos.stream().map(DatasetInfo::datasetId).toList())
                  + ")",
              latest.asOf(),
              frameInfos.stream().anyMatch(DatasetInfo::undated),
              table));
    }
    return sources;
  }

  /**
   * The contents of {@code infos}, in order: those not yet in memory after the first are decoded on
   * the side while this thread decodes the first (a ticker map and a screener export take ~20 ms
   * each in a fresh process).
   */
  private List<DatasetContent> loadAll(List<DatasetInfo> infos) {
    List<CompletableFuture<DatasetContent>> later = new ArrayList<>();
    for (int i = 1; i < infos.size(); i++) {
      DatasetInfo info = infos.get(i);
      later.add(
          repository.loaded(info).isPresent()
              ? null
              : CompletableFuture.supplyAsync(() -> repository.load(info), sideWork));
    }
    List<DatasetContent> out = new ArrayList<>();
    if (!infos.isEmpty()) {
      out.add(repository.load(infos.get(0)));
    }
    for (int i = 1; i < infos.size(); i++) {
      CompletableFuture<DatasetContent> f = later.get(i - 1);
      out.add(f == null ? repository.load(infos.get(i)) : Futures.joined(f));
    }
    return out;
  }

  /**
   * {@code snapshot} valued from the fundamentals known at {@code at}; empty, with the reason in
   * {@code note}, when none are dated by then.
   */
  Optional<HoldingsValuation> lookThrough(
      ConstituentSnapshot snapshot, LocalDate at, JoinRules rules, List<String> note) {
    List<FundamentalsSource> sources = known(at);
    if (sources.isEmpty()) {
      // later fundamentals are not named: an answer at a date says nothing of what came after
      note.add(
          "no company fundamentals dated on or before "
              + at
              + ": import a fundamentals file of then (a Finviz export, capshift CSV or SEC"
              + " frames)");
      return Optional.empty();
    }
    FundamentalsJoin.Plan plan = FundamentalsJoin.DEFAULT.plan(snapshot, at, sources, rules);
    // keyed by the sources read, not the date: a backtest values the same holdings against the
    // same fundamentals at several month ends, and a report at its date and in its backtest
    StringBuilder key =
        new StringBuilder(snapshot.id())
            .append('|')
            .append(snapshot.asOf())
            .append('|')
            .append(snapshot.size())
            .append('|')
            .append(rules.maxAgeDays())
            .append('|')
            .append(rules.capTolerance());
    for (FundamentalsSource s : plan.usable()) {
      key.append('|').append(s.datasetId());
    }
    HoldingsValuation v =
        valuations.get(
            repository.dataVersion(),
            key.toString(),
            k ->
                HoldingsValuationCalculator.DEFAULT.calculate(
                    FundamentalsJoin.DEFAULT.join(snapshot, plan, rules, this::index)));
    return Optional.of(
        v.join().at().equals(at) ? v : v.withJoin(v.join().redated(at, plan.uses())));
  }

  private FundamentalsJoin.Index index(List<FundamentalsSource> usable) {
    String key = String.join("|", usable.stream().map(FundamentalsSource::datasetId).toList());
    return indexes.get(repository.dataVersion(), key, k -> FundamentalsJoin.Index.of(usable));
  }
}
