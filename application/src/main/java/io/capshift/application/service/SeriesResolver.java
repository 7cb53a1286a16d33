package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.history.DerivedSeries;
import io.capshift.domain.history.SeriesMath;
import io.capshift.domain.history.TimeSeries;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a stored series by id, or derives one from a stored set: {@code pe} (price / earnings),
 * {@code earnings_yield}, {@code dividend_yield} and {@code erp} (earnings yield minus the set's
 * 10-year yield, {@code gs10} or else {@code lty}).
 *
 * <p>A target may hold several vintages (datasets of different as-of dates). Asked at a date D, the
 * resolver reads the newest vintage known by D (as-of on or before D) that has the series, cut to
 * observations on or before D. Where only later vintages have it (a revised history, e.g. a
 * library's 2026 file of returns since 1926), it reads the oldest of them, cut the same way, and
 * says so: "revised history, vintage ...". Without a date it reads the newest vintage that has the
 * series, so an older dataset stays reachable when a newer one lacks a column. Loaded series are
 * cached by data version.
 */
@Singleton
public final class SeriesResolver {
  /** Derived series names, in the order the help text lists them. */
  static final List<String> DERIVED = List.of("pe", "earnings_yield", "dividend_yield", "erp");

  private static final String DECIMAL = "decimal (0.0425 = 4.25%)";

  /**
   * A series and where it came from.
   *
   * @param series the observations, cut to the date asked for where one was
   * @param derivation how it was read or derived, and from which file; says "revised history" for a
   *     vintage later than the date
   * @param dataset the vintage read
   * @param revised whether that vintage's as-of is after the date asked for
   */
  public record Resolved(
      TimeSeries series, String derivation, DatasetInfo dataset, boolean revised) {
    /** The same, as read from the newest vintage. */
    public Resolved(TimeSeries series, String derivation, DatasetInfo dataset) {
      this(series, derivation, dataset, false);
    }
  }

  private final DatasetRepository repository;
  private final VersionedCache<String, Optional<Resolved>> cache = new VersionedCache<>(512);

  @Inject
  public SeriesResolver(DatasetRepository repository) {
    this.repository = repository;
  }

  /**
   * The series from the newest vintage that has it.
   *
   * @param seriesId {@code <target>:<name>}
   * @throws NotFoundException if the target or the series does not exist
   */
  public Resolved resolve(String seriesId) {
    return resolve(seriesId, Optional.empty());
  }

  /**
   * The series as known at {@code asOf} (see the class comment), or from the newest vintage.
   *
   * @param seriesId {@code <target>:<name>}
   * @throws NotFoundException if the target or the series does not exist
   */
  public Resolved resolve(String seriesId, Optional<LocalDate> asOf) {
    Resolved whole = vintage(seriesId, asOf);
    return asOf.map(d -> at(whole, d)).orElse(whole);
  }

  /**
   * The whole series of the vintage {@link #resolve(String, Optional)} reads at {@code asOf}, not
   * cut: for a calculation whose value at a month reads only what came before it.
   */
  Resolved vintage(String seriesId, Optional<LocalDate> asOf) {
    int colon = seriesId.indexOf(':');
    String target = seriesId.substring(0, colon);
    String name = seriesId.substring(colon + 1).toLowerCase(Locale.US);
    List<DatasetInfo> vintages = vintages(target);
    if (vintages.isEmpty()) {
      throw notFound(seriesId, target);
    }
    if (vintages.stream().noneMatch(v -> v.kind() == DatasetKind.SERIES)) {
      throw InvalidInputException.of(
          "series_id", "'" + target + "' holds " + vintages.get(0).kind() + " data, not series");
    }
    for (DatasetInfo info : readingOrder(vintages, asOf)) {
      Optional<Resolved> r = load(info, name);
      if (r.isPresent()) {
        return r.get();
      }
    }
    throw notFound(seriesId, target);
  }

  /**
   * The series if it is stored (or derivable); empty when it is not. Other failures, such as a
   * corrupt dataset, are not hidden.
   */
  public Optional<Resolved> find(String seriesId) {
    return find(seriesId, Optional.empty());
  }

  /** {@link #resolve(String, Optional)} if the series is stored (or derivable). */
  public Optional<Resolved> find(String seriesId, Optional<LocalDate> asOf) {
    try {
      return Optional.of(resolve(seriesId, asOf));
    } catch (NotFoundException notStored) {
      return Optional.empty();
    }
  }

  /** The target's datasets, oldest first. */
  private List<DatasetInfo> vintages(String target) {
    // the version is read before the list: a list newer than its version is replaced at the next
    // version, while one older would be kept for the whole of the newer version
    return targets
        .get(repository.dataVersion(), "targets", k -> byTarget())
        .getOrDefault(target.toLowerCase(Locale.US), List.of());
  }

  /**
   * The datasets of one data version by target (lower case), oldest first: a backtest resolves
   * several series at each of its ~1,200 month ends, and a search of the whole list for each would
   * read every dataset each time.
   */
  private final VersionedCache<String, Map<String, List<DatasetInfo>>> targets =
      new VersionedCache<>(1);

  private Map<String, List<DatasetInfo>> byTarget() {
    Map<String, List<DatasetInfo>> byTarget = new HashMap<>();
    for (DatasetInfo i : repository.list()) {
      byTarget.computeIfAbsent(i.targetId().toLowerCase(Locale.US), k -> new ArrayList<>()).add(i);
    }
    byTarget.replaceAll(
        (k, v) -> v.stream().sorted(Comparator.comparing(DatasetInfo::asOf)).toList());
    return Map.copyOf(byTarget);
  }

  /**
   * Newest first; with a date, the vintages known by it newest first, then the later ones oldest
   * first.
   */
  private static List<DatasetInfo> readingOrder(
      List<DatasetInfo> oldestFirst, Optional<LocalDate> asOf) {
    List<DatasetInfo> known = new ArrayList<>();
    List<DatasetInfo> later = new ArrayList<>();
    for (DatasetInfo i : oldestFirst) {
      (asOf.isPresent() && i.asOf().isAfter(asOf.get()) ? later : known).add(i);
    }
    Collections.reverse(known);
    known.addAll(later);
    return known;
  }

  /** The series cut to {@code asOf}, labelled revised when its vintage is later. */
  private static Resolved at(Resolved r, LocalDate asOf) {
    boolean revised = r.dataset().asOf().isAfter(asOf);
    return new Resolved(
        r.series().upTo(asOf),
        revised
            ? r.derivation()
                + "; revised history (vintage "
                + r.dataset().asOf()
                + ", none known by "
                + asOf
                + "), cut at "
                + asOf
            : r.derivation(),
        r.dataset(),
        revised);
  }

  private Optional<Resolved> load(DatasetInfo info, String name) {
    String key = info.datasetId() + "/" + name;
    return cache.get(repository.dataVersion(), key, k -> loadUncached(info, name));
  }

  private Optional<Resolved> loadUncached(DatasetInfo info, String name) {
    if (!(repository.load(info) instanceof DatasetContent.SeriesSet set)) {
      return Optional.empty();
    }
    Optional<TimeSeries> stored = find(set, info.targetId(), name);
    if (stored.isPresent()) {
      return Optional.of(new Resolved(stored.get(), "stored series from " + info.source(), info));
    }
    try {
      return Optional.of(new Resolved(derive(set, info, name), derivation(name, info), info));
    } catch (NotFoundException notDerivable) {
      return Optional.empty();
    }
  }

  private TimeSeries derive(DatasetContent.SeriesSet set, DatasetInfo info, String name) {
    String id = info.targetId() + ":" + name;
    SeriesMath math = SeriesMath.DEFAULT;
    DerivedSeries derived =
        switch (name) {
          case "pe" ->
              math.ratio(
                  id,
                  "multiple (x), price / trailing earnings",
                  need(set, info, "price"),
                  need(set, info, "earnings"));
          case "earnings_yield" ->
              math.ratio(
                  id,
                  DECIMAL + ", trailing earnings / price",
                  need(set, info, "earnings"),
                  need(set, info, "price"));
          case "dividend_yield" ->
              math.ratio(
                  id,
                  DECIMAL + ", trailing dividends / price",
                  need(set, info, "dividend"),
                  need(set, info, "price"));
          case "erp" ->
              math.difference(
                  id,
                  DECIMAL + ", earnings yield - 10-year yield",
                  derive(set, info, "earnings_yield"),
                  tenYear(set, info));
          default -> throw notFound(id, info.targetId());
        };
    return derived.series();
  }

  private static String derivation(String name, DatasetInfo info) {
    String how =
        switch (name) {
          case "pe" -> "price / earnings";
          case "earnings_yield" -> "earnings / price";
          case "dividend_yield" -> "dividend / price";
          default -> "earnings / price - 10-year yield";
        };
    return how + " from " + info.datasetId() + " (" + info.source() + ")";
  }

  private TimeSeries tenYear(DatasetContent.SeriesSet set, DatasetInfo info) {
    return find(set, info.targetId(), "gs10")
        .or(() -> find(set, info.targetId(), "lty"))
        .orElseThrow(() -> notFound(info.targetId() + ":gs10", info.targetId()));
  }

  private TimeSeries need(DatasetContent.SeriesSet set, DatasetInfo info, String name) {
    return find(set, info.targetId(), name)
        .orElseThrow(() -> notFound(info.targetId() + ":" + name, info.targetId()));
  }

  private static Optional<TimeSeries> find(
      DatasetContent.SeriesSet set, String target, String name) {
    String id = target + ":" + name;
    return set.series().stream().filter(s -> s.id().equalsIgnoreCase(id)).findFirst();
  }

  private NotFoundException notFound(String seriesId, String target) {
    List<String> ids =
        vintages(target).stream()
            .map(repository::load)
            .filter(DatasetContent.SeriesSet.class::isInstance)
            .flatMap(c -> ((DatasetContent.SeriesSet) c).series().stream().map(TimeSeries::id))
            .distinct()
            .toList();
    String known =
        vintages(target).isEmpty()
            ? "no dataset '" + target + "' is stored"
            : ids + " and derived " + DERIVED;
    return new NotFoundException(
        Reason.SERIES_NOT_FOUND,
        "capshift.io/Series",
        seriesId,
        "no series '" + seriesId + "'; known: " + known);
  }
}
