package io.capshift.application.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.capshift.application.port.in.DatasetInfo;
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
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a stored series by id, or derives one from a stored set: {@code pe} (price / earnings),
 * {@code earnings_yield}, {@code dividend_yield} and {@code erp} (earnings yield minus the set's
 * 10-year yield, {@code gs10} or else {@code lty}). Results are cached by data version.
 */
@Singleton
public final class SeriesResolver {
  /** Derived series names, in the order the help text lists them. */
  static final List<String> DERIVED = List.of("pe", "earnings_yield", "dividend_yield", "erp");

  private static final String DECIMAL = "decimal (0.0425 = 4.25%)";

  /** A series and where it came from. */
  public record Resolved(TimeSeries series, String derivation, DatasetInfo dataset) {}

  private final DatasetRepository repository;
  private final Cache<String, Resolved> cache = Caffeine.newBuilder().maximumSize(256).build();

  @Inject
  public SeriesResolver(DatasetRepository repository) {
    this.repository = repository;
  }

  /**
   * @param seriesId {@code <target>:<name>}
   * @throws NotFoundException if the target or the series does not exist
   */
  public Resolved resolve(String seriesId) {
    String key = repository.dataVersion() + "/" + seriesId.toLowerCase(Locale.ROOT);
    return cache.get(key, k -> load(seriesId));
  }

  /**
   * The series if it is stored (or derivable); empty when it is not. Other failures, such as a
   * corrupt dataset, are not hidden.
   */
  public Optional<Resolved> find(String seriesId) {
    try {
      return Optional.of(resolve(seriesId));
    } catch (NotFoundException notStored) {
      return Optional.empty();
    }
  }

  private Resolved load(String seriesId) {
    int colon = seriesId.indexOf(':');
    String target = seriesId.substring(0, colon);
    String name = seriesId.substring(colon + 1).toLowerCase(Locale.ROOT);
    DatasetInfo info =
        repository.find(target, Optional.empty()).orElseThrow(() -> notFound(seriesId, target));
    if (!(repository.load(info) instanceof DatasetContent.SeriesSet set)) {
      throw InvalidInputException.of(
          "series_id", "'" + target + "' holds " + info.kind() + " data, not series");
    }
    Optional<TimeSeries> stored = find(set, info.targetId(), name);
    if (stored.isPresent()) {
      return new Resolved(stored.get(), "stored series from " + info.source(), info);
    }
    return new Resolved(derive(set, info, name), derivation(name, info), info);
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
    String known =
        repository
            .find(target, Optional.empty())
            .map(i -> repository.load(i))
            .filter(DatasetContent.SeriesSet.class::isInstance)
            .map(
                c ->
                    ((DatasetContent.SeriesSet) c).series().stream().map(TimeSeries::id).toList()
                        + " and derived "
                        + DERIVED)
            .orElse("no dataset '" + target + "' is stored");
    return new NotFoundException(
        Reason.SERIES_NOT_FOUND,
        "capshift.io/Series",
        seriesId,
        "no series '" + seriesId + "'; known: " + known);
  }
}
