package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.MonthlyReturns;
import io.capshift.domain.history.Months;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The return and policy-rate series the history studies, the signal and the backtest read, with
 * sources. Each is read as known at a date where one is given ({@link SeriesResolver}).
 */
final class MarketSeries {
  static final String TARGET = "dfedtar:value";
  static final String UPPER = "dfedtaru:value";

  /**
   * A series and where it came from, for people.
   *
   * @param revised whether any of it comes from a vintage later than the date asked for
   */
  record Labelled(TimeSeries series, String source, boolean revised) {
    Labelled(TimeSeries series, String source) {
      this(series, source, false);
    }
  }

  private final DatasetRepository repository;
  private final SeriesResolver series;

  /**
   * The policy rate stitched from whole vintages, by data version and the datasets read: a backtest
   * asks for it at every month end, and a cut of one stitched series shares its month-end index
   * where a new one each month would work it out again.
   */
  private final VersionedCache<String, TimeSeries> stitched = new VersionedCache<>(16);

  MarketSeries(DatasetRepository repository, SeriesResolver series) {
    this.repository = repository;
    this.series = series;
  }

  /** {@link #monthlyReturns(String, Optional)} from the newest vintage. */
  Labelled monthlyReturns(String id) {
    return monthlyReturns(id, Optional.empty());
  }

  /**
   * Monthly returns as stored, or from month-end prices when the unit does not name a return, as
   * known at {@code asOf}.
   */
  Labelled monthlyReturns(String id, Optional<LocalDate> asOf) {
    return returns(id, series.resolve(id, asOf));
  }

  /**
   * The monthly returns of the whole vintage {@link #monthlyReturns(String, Optional)} reads at
   * {@code asOf}, not cut, and that vintage's dataset id.
   */
  Map.Entry<String, TimeSeries> wholeVintageReturns(String id, LocalDate asOf) {
    SeriesResolver.Resolved r = series.vintage(id, Optional.of(asOf));
    return Map.entry(r.dataset().datasetId(), returns(id, r).series());
  }

  private static Labelled returns(String id, SeriesResolver.Resolved r) {
    if (r.series().unit().toLowerCase(Locale.US).contains("return")) {
      return new Labelled(
          r.series(), id + ": monthly returns as stored, " + r.derivation(), r.revised());
    }
    return new Labelled(
        MonthlyReturns.DEFAULT.fromPrices(r.series(), id + ":monthly"),
        id
            + ": monthly returns from month-end prices ("
            + r.series().unit()
            + "), "
            + r.derivation(),
        r.revised());
  }

  /**
   * Monthly returns as known at {@code asOf}, keeping only the months ended by then (a month's
   * return is known at its end, not during it); all of them without a date.
   */
  Labelled monthsEndedBy(String id, Optional<LocalDate> asOf) {
    Labelled r = monthlyReturns(id, asOf);
    if (asOf.isEmpty()) {
      return r;
    }
    java.time.YearMonth last = io.capshift.domain.history.Months.lastEndedBy(asOf.get());
    List<Observation> kept =
        r.series().observations().stream().filter(o -> !Months.of(o.date()).isAfter(last)).toList();
    return new Labelled(
        TimeSeries.of(r.series().id(), r.series().unit(), kept),
        r.source() + "; months ended by " + asOf.get(),
        r.revised());
  }

  /** The series {@code id} as stored, if it is, as known at {@code asOf}. */
  Optional<Labelled> find(String id, Optional<LocalDate> asOf) {
    return series
        .find(id, asOf)
        .map(r -> new Labelled(r.series(), id + ", " + r.derivation(), r.revised()));
  }

  /**
   * A policy-rate history and how far it is known.
   *
   * @param series the rate at each observation or change, decimal
   * @param source where it came from, for people
   * @param knownTo the last day it is known for: its last observation, or the date of a list of
   *     target-range changes (which is known to have no later change up to then)
   */
  record PolicyRate(TimeSeries series, String source, LocalDate knownTo) {}

  /** {@link #policy(Optional, Optional)} from every vintage. */
  Labelled policy(Optional<String> id) {
    PolicyRate p = policy(id, Optional.empty());
    return new Labelled(p.series(), p.source());
  }

  /**
   * {@code id}'s series, else the policy rate stitched from FRED's target rate (DFEDTAR, to
   * 2008-12-15), its range's upper bound (DFEDTARU) and, after the last FRED observation, the
   * changes of the stored target ranges, each as known at {@code asOf}. A change of the target is
   * known on the day it takes effect and never revised, so a list of later date serves an earlier
   * one with the changes up to it.
   */
  PolicyRate policy(Optional<String> id, Optional<LocalDate> asOf) {
    return policyIfKnown(id, asOf)
        .orElseThrow(
            () ->
                new NotFoundException(
                    Reason.SERIES_NOT_FOUND, "capshift.io/Series", TARGET, noPolicyRate(asOf)));
  }

  /** Why there is no policy rate at {@code asOf}. */
  static String noPolicyRate(Optional<LocalDate> asOf) {
    return "no policy-rate history"
        + asOf.map(d -> " known by " + d).orElse("")
        + ": import FRED's DFEDTAR and DFEDTARU files";
  }

  /**
   * {@link #policy}, empty where no policy rate is known by the date rather than an exception: the
   * backtest asks at every month end since 1926, half of them before the first observation.
   */
  Optional<PolicyRate> policyIfKnown(Optional<String> id, Optional<LocalDate> asOf) {
    if (id.isPresent()) {
      SeriesResolver.Resolved r = series.resolve(id.get(), asOf);
      TimeSeries s = r.series();
      return Optional.of(
          new PolicyRate(
              s,
              "series " + id.get() + ", " + r.derivation(),
              s.size() == 0 ? LocalDate.MIN : s.date(s.size() - 1)));
    }
    Optional<SeriesResolver.Resolved> targetRead =
        series.find(TARGET, asOf).filter(r -> r.series().size() > 0);
    Optional<SeriesResolver.Resolved> upperRead =
        series.find(UPPER, asOf).filter(r -> r.series().size() > 0);
    Optional<TimeSeries> target = targetRead.map(SeriesResolver.Resolved::series);
    Optional<TimeSeries> upper = upperRead.map(SeriesResolver.Resolved::series);
    Optional<DatasetInfo> ranges =
        repository.find(GetRateExpectationsService.TARGET_RANGE_ID, Optional.empty());
    // whole series are joined as arrays: the backtest stitches this at every month end
    List<TimeSeries> parts = new ArrayList<>();
    List<String> sources = new ArrayList<>();
    LocalDate switchAt = upper.map(u -> u.date(0)).orElse(LocalDate.MAX);
    LocalDate[] last = {null};
    target.ifPresent(
        t -> {
          TimeSeries before = t.before(switchAt);
          parts.add(before);
          last[0] = lastDate(before, last[0]);
          sources.add(TARGET + " (FRED DFEDTAR)" + lastOf(last[0]) + revisedNote(targetRead.get()));
        });
    upper.ifPresent(
        u -> {
          parts.add(u);
          last[0] = lastDate(u, last[0]);
          sources.add(
              UPPER
                  + " (FRED DFEDTARU, the range's upper bound) from "
                  + switchAt
                  + lastOf(last[0])
                  + revisedNote(upperRead.get()));
        });
    LocalDate knownTo = last[0] == null ? LocalDate.MIN : last[0];
    if (ranges.isPresent()) {
      TargetRangeHistory history =
          ((DatasetContent.TargetRanges) repository.load(ranges.get())).history();
      LocalDate after = last[0] == null ? LocalDate.MIN : last[0];
      List<Observation> later =
          history.changes().stream()
              .filter(r -> r.effectiveDate().isAfter(after))
              .filter(r -> asOf.isEmpty() || !r.effectiveDate().isAfter(asOf.get()))
              .map((TargetRange r) -> new Observation(r.effectiveDate(), r.upperBound()))
              .toList();
      LocalDate listKnownTo =
          asOf.filter(d -> d.isBefore(ranges.get().asOf())).orElse(ranges.get().asOf());
      if (listKnownTo.isAfter(knownTo)) {
        knownTo = listKnownTo;
        parts.add(TimeSeries.of("policy", "decimal rate", later));
        if (!later.isEmpty()) {
          last[0] = later.get(later.size() - 1).date();
        }
        sources.add(
            ranges.get().datasetId()
                + " (the target ranges' upper bounds, Federal Reserve, known to "
                + listKnownTo
                + (after == LocalDate.MIN ? "" : "; changes after " + after)
                + ")");
      }
    }
    if (last[0] == null) {
      return Optional.empty();
    }
    return Optional.of(
        new PolicyRate(
            cutFromWhole(targetRead, upperRead, ranges, asOf, parts),
            String.join(", then ", sources),
            knownTo));
  }

  /**
   * The policy series as {@code parts} join it, taken as a cut at {@code asOf} of the same datasets
   * stitched whole (cached). Each part of the joined series is the matching part of the whole one
   * up to the date, or (range changes inside a gap of a FRED series just before the date, where the
   * cut and the whole vintage end apart) a superset of it; so the same number of observations means
   * the same series, and anything else is joined from {@code parts}.
   */
  private TimeSeries cutFromWhole(
      Optional<SeriesResolver.Resolved> target,
      Optional<SeriesResolver.Resolved> upper,
      Optional<DatasetInfo> ranges,
      Optional<LocalDate> asOf,
      List<TimeSeries> parts) {
    String key =
        String.join(
            "|",
            target.map(r -> r.dataset().datasetId()).orElse("-"),
            upper.map(r -> r.dataset().datasetId()).orElse("-"),
            ranges.map(DatasetInfo::datasetId).orElse("-"));
    TimeSeries whole;
    try {
      whole =
          stitched.get(
              repository.dataVersion(),
              key,
              k -> {
                Optional<TimeSeries> t = whole(TARGET, target, asOf);
                Optional<TimeSeries> u = whole(UPPER, upper, asOf);
                List<TimeSeries> all = new ArrayList<>();
                LocalDate switchAt = u.map(x -> x.date(0)).orElse(LocalDate.MAX);
                t.ifPresent(x -> all.add(x.before(switchAt)));
                u.ifPresent(all::add);
                LocalDate after = LocalDate.MIN;
                for (TimeSeries x : all) {
                  after = lastDate(x, after);
                }
                if (ranges.isPresent()
                    && (after == LocalDate.MIN || ranges.get().asOf().isAfter(after))) {
                  LocalDate from = after;
                  all.add(
                      TimeSeries.of(
                          "policy",
                          "decimal rate",
                          ((DatasetContent.TargetRanges) repository.load(ranges.get()))
                              .history().changes().stream()
                                  .filter(r -> r.effectiveDate().isAfter(from))
                                  .map(
                                      (TargetRange r) ->
                                          new Observation(r.effectiveDate(), r.upperBound()))
                                  .toList()));
                }
                return TimeSeries.concat("policy", "decimal rate", all);
              });
    } catch (VintageReplaced e) {
      return TimeSeries.concat("policy", "decimal rate", parts);
    }
    TimeSeries cut = asOf.map(whole::upTo).orElse(whole);
    return cut.size() == parts.stream().mapToInt(TimeSeries::size).sum()
        ? cut
        : TimeSeries.concat("policy", "decimal rate", parts);
  }

  /**
   * The whole series of the vintage {@code read} came from.
   *
   * @throws VintageReplaced if the store now reads another one (an import landed between the read
   *     and this): the cache key names the vintage read, so nothing else may be cached under it
   */
  private Optional<TimeSeries> whole(
      String id, Optional<SeriesResolver.Resolved> read, Optional<LocalDate> asOf) {
    if (read.isEmpty()) {
      return Optional.empty();
    }
    SeriesResolver.Resolved now = series.vintage(id, asOf);
    if (!now.dataset().equals(read.get().dataset())) {
      throw new VintageReplaced();
    }
    return Optional.of(now.series());
  }

  /** A vintage read was replaced while the policy series was being stitched. */
  private static final class VintageReplaced extends RuntimeException {
    VintageReplaced() {
      super(null, null, false, false);
    }
  }

  private static String revisedNote(SeriesResolver.Resolved r) {
    return r.revised() ? " (a later vintage, " + r.dataset().asOf() + ")" : "";
  }

  private static String lastOf(LocalDate last) {
    return last == null ? "" : " to " + last;
  }

  /** The last date of {@code s}, else {@code otherwise}. */
  private static LocalDate lastDate(TimeSeries s, LocalDate otherwise) {
    return s.size() == 0 ? otherwise : s.date(s.size() - 1);
  }
}
