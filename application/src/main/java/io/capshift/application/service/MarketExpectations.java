package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.common.IsoDates;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.PublishedDistribution;
import io.capshift.domain.rates.RangeProbability;
import io.capshift.domain.signal.ExpectedFall;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the market priced, as CME FedWatch published it: the imported FedWatch history downloads and
 * page records, stored under {@value #TARGET} as one series per meeting and range ({@code
 * m2025-09-17_350_375}: the probability, 0 to 1, published each day that the range after the
 * meeting of 2025-09-17 is 3.50–3.75%). Each row is what CME published that day and is never
 * revised, so a file of later date serves the days it covers: a row is read at a date when it is
 * dated on or before it.
 */
final class MarketExpectations {
  /** The start of the target ids of CME's published FedWatch probabilities. */
  static final String TARGET = "cme-fedwatch";

  /** The series of the upper bound of the range in force each day, where a file gives it. */
  static final String CURRENT_UPPER = "current_upper";

  /** A series name: the meeting and the range in basis points. */
  static final Pattern NAME = Pattern.compile("m(\\d{4}-\\d{2}-\\d{2})_(\\d+)_(\\d+)");

  /** Every target range since 2008 is 25 bp wide. */
  static final double RANGE_WIDTH = 0.0025;

  private final DatasetRepository repository;

  /**
   * One stored series of a meeting's range: the probability, 0 to 1, CME published each day that
   * the range after {@code meeting} is {@code lower}–{@code upper} (decimal), named by {@code
   * label}.
   */
  private record Range(
      TimeSeries series, LocalDate meeting, String label, double lower, double upper) {}

  /**
   * The stored FedWatch series of one data version, found and their names read once (the backtest
   * asks monthly): each range's series and the series of the range in force, in the order the store
   * lists them, so that where two files give the same day the later one is read.
   */
  private record Index(
      List<Range> ranges, List<TimeSeries> currentUpper, Optional<LocalDate> earliest) {}

  private final VersionedCache<String, Index> index = new VersionedCache<>(1);

  MarketExpectations(DatasetRepository repository) {
    this.repository = repository;
  }

  private Index index() {
    return index.get(repository.dataVersion(), TARGET, k -> indexed());
  }

  private Index indexed() {
    List<Range> ranges = new ArrayList<>();
    List<TimeSeries> currentUpper = new ArrayList<>();
    LocalDate earliest = null;
    for (DatasetInfo info : repository.list()) {
      if (!info.targetId().toLowerCase(java.util.Locale.US).startsWith(TARGET)
          || !(repository.load(info) instanceof DatasetContent.SeriesSet set)) {
        continue;
      }
      for (TimeSeries s : set.series()) {
        String name = s.id().substring(s.id().indexOf(':') + 1);
        Matcher m = NAME.matcher(name);
        if (name.equals(CURRENT_UPPER)) {
          currentUpper.add(s);
        } else {
          Optional<Range> range = range(s, m);
          if (range.isEmpty()) {
            continue;
          }
          ranges.add(range.get());
        }
        if (s.size() > 0 && (earliest == null || s.date(0).isBefore(earliest))) {
          earliest = s.date(0);
        }
      }
    }
    return new Index(List.copyOf(ranges), List.copyOf(currentUpper), Optional.ofNullable(earliest));
  }

  /**
   * The meeting's range {@code name} names, read once; empty for a name of no meeting and range (a
   * date that is none, a bound of more than five digits of basis points), which no read could use.
   */
  private static Optional<Range> range(TimeSeries s, Matcher name) {
    if (!name.matches() || name.group(2).length() > 5 || name.group(3).length() > 5) {
      return Optional.empty();
    }
    return IsoDates.parse(name.group(1))
        .map(
            meeting ->
                new Range(
                    s,
                    meeting,
                    name.group(2) + "_" + name.group(3),
                    Integer.parseInt(name.group(2)) / 10_000.0,
                    Integer.parseInt(name.group(3)) / 10_000.0));
  }

  /**
   * Every meeting's distribution as published on the latest day on or before {@code asOf} within
   * the daily staleness limit, by meeting; empty when none is stored that recent.
   */
  Map<LocalDate, PublishedDistribution> at(LocalDate asOf, Staleness limits) {
    return read(asOf, limits).distributions();
  }

  /**
   * What CME published on one day: each meeting's distribution, and the upper bound of the range in
   * force that day where a file gives it.
   */
  record Published(
      Map<LocalDate, PublishedDistribution> distributions, Optional<Double> currentUpper) {}

  private Published read(LocalDate asOf, Staleness limits) {
    Index stored = index();
    if (stored.earliest().isEmpty() || asOf.isBefore(stored.earliest().get())) {
      return new Published(new TreeMap<>(), Optional.empty()); // nothing published by then
    }
    // the last day on or before the date that any meeting's range was published: each series is
    // searched, not merged, since the backtest reads the whole history once a month
    LocalDate latest = null;
    for (Range r : stored.ranges()) {
      OptionalInt at = r.series().indexOnOrBefore(asOf);
      if (at.isPresent() && (latest == null || r.series().date(at.getAsInt()).isAfter(latest))) {
        latest = r.series().date(at.getAsInt());
      }
    }
    Map<LocalDate, PublishedDistribution> out = new TreeMap<>();
    if (latest == null || limits.tooOld(Staleness.Frequency.DAILY, latest, asOf).isPresent()) {
      return new Published(out, Optional.empty());
    }
    // meeting -> range label -> what was published that day; a later file's row replaces an
    // earlier one's
    Map<LocalDate, TreeMap<String, RangeProbability>> ranges = new TreeMap<>();
    for (Range r : stored.ranges()) {
      if (!r.meeting().isAfter(latest)) {
        continue; // decided by the day of publication
      }
      OptionalDouble p = on(r.series(), latest);
      if (p.isPresent()) {
        ranges
            .computeIfAbsent(r.meeting(), k -> new TreeMap<>())
            .put(r.label(), new RangeProbability(r.lower(), r.upper(), p.getAsDouble()));
      }
    }
    for (var meeting : ranges.entrySet()) {
      List<RangeProbability> distribution = new ArrayList<>(meeting.getValue().values());
      distribution.sort((a, b) -> Double.compare(a.lowerBound(), b.lowerBound()));
      if (distribution.stream().anyMatch(r -> r.probability() > 0)) {
        out.put(
            meeting.getKey(), new PublishedDistribution(latest, meeting.getKey(), distribution));
      }
    }
    Optional<Double> upper = Optional.empty();
    for (TimeSeries s : stored.currentUpper()) {
      OptionalDouble u = on(s, latest);
      if (u.isPresent()) {
        upper = Optional.of(u.getAsDouble());
      }
    }
    return new Published(out, upper);
  }

  /** The value {@code series} gives on {@code day} itself, if it has a row that day. */
  private static OptionalDouble on(TimeSeries series, LocalDate day) {
    OptionalInt at = series.indexOnOrBefore(day);
    return at.isPresent() && series.date(at.getAsInt()).equals(day)
        ? OptionalDouble.of(series.value(at.getAsInt()))
        : OptionalDouble.empty();
  }

  /**
   * The fall of the policy rate CME's published probabilities price at {@code asOf} over {@code
   * months}: the mid of the range in force minus the expected mid after the last meeting within
   * them. The range in force is the one CME's page showed that day where a file gives it, else
   * {@code currentMid}; without either there is no answer.
   *
   * @param currentMid the mid of the target range in force at {@code asOf} from the policy rate,
   *     decimal, when that is known at the date
   */
  Optional<ExpectedFall> expectedFall(
      LocalDate asOf, int months, Optional<Double> currentMid, Staleness limits) {
    Published published = read(asOf, limits);
    Optional<Double> mid =
        published.currentUpper().map(u -> u - RANGE_WIDTH / 2).or(() -> currentMid);
    if (mid.isEmpty()) {
      return Optional.empty();
    }
    LocalDate horizon = asOf.plusMonths(months);
    return published.distributions().values().stream()
        .filter(d -> !d.meeting().isAfter(horizon))
        .reduce((a, b) -> b)
        .map(
            d ->
                new ExpectedFall(
                    mid.get() - d.expectedMid(),
                    d.publishedOn(),
                    "CME FedWatch's published probabilities of "
                        + d.publishedOn()
                        + " for the meeting of "
                        + d.meeting()));
  }
}
