package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.GetIndexValuationUseCase;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.IndexValuation;
import io.capshift.domain.valuation.IndexValuationCalculator;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Computes valuations from stored snapshots and caches them. The cache key holds the store's data
 * version, so an answer computed before an import is never served after it.
 */
public final class GetIndexValuationService implements GetIndexValuationUseCase {
  /** Cached answers at most; each is a few hundred bytes. */
  public static final int MAX_CACHED = 10_000;

  private final DatasetRepository repository;
  private final FundamentalsAt fundamentals;

  /** Null when caching is off. */
  private final VersionedCache<Key, IndexValuationResult> cache;

  /** With its own look-throughs and {@link #MAX_CACHED} answers cached. */
  public GetIndexValuationService(DatasetRepository repository) {
    this(repository, new FundamentalsAt(repository), MAX_CACHED);
  }

  /**
   * @param fundamentals the store's look-throughs, shared with the other use cases
   * @param maxCached cache size; 0 disables caching (for measuring the uncached path)
   */
  public GetIndexValuationService(
      DatasetRepository repository, FundamentalsAt fundamentals, int maxCached) {
    this.repository = repository;
    this.fundamentals = fundamentals;
    // Caffeine evicts a size-0 cache's entries asynchronously, so some would still be served:
    // with no cache every call computes.
    this.cache = maxCached == 0 ? null : new VersionedCache<>(maxCached);
  }

  @Override
  public IndexValuationResult getIndexValuation(GetIndexValuationQuery query) {
    // Read the version first: a write racing this call can only make the entry unreachable.
    long version = repository.dataVersion();
    if (cache == null) {
      return compute(query, version);
    }
    Optional<IndexValuationResult> hit = cache.getIfPresent(version, key(query));
    // computed outside the cache: a loader would hold a lock of the cache's table while it reads
    // and joins, and a network thread adding a small valuation (readyIndexValuation) would wait
    // behind it; two callers of one key at once may both compute it, the first put is kept
    return hit.orElseGet(() -> cache.putIfAbsent(version, key(query), compute(query, version)));
  }

  @Override
  public Optional<IndexValuationResult> cachedIndexValuation(GetIndexValuationQuery query) {
    return cache == null
        ? Optional.empty()
        : cache.getIfPresent(repository.dataVersion(), key(query));
  }

  private static Key key(GetIndexValuationQuery query) {
    return new Key(
        query.indexId().toLowerCase(Locale.US), query.asOf(), query.policy(), query.rules());
  }

  @Override
  public Optional<IndexValuationResult> readyIndexValuation(
      GetIndexValuationQuery query, int maxNames) {
    long version = repository.dataVersion();
    if (cache != null) {
      Optional<IndexValuationResult> hit = cache.getIfPresent(version, key(query));
      if (hit.isPresent()) {
        return hit;
      }
    }
    Optional<DatasetInfo> info = repository.find(query.indexId(), query.asOf());
    if (info.isEmpty()) {
      return Optional.empty(); // the worker says what is missing
    }
    Optional<DatasetContent> content = repository.loaded(info.get());
    if (content.isEmpty()
        || !(content.get() instanceof DatasetContent.Constituents constituents)
        || constituents.snapshot().size() > maxNames
        || !constituents.snapshot().hasEarnings()) {
      return Optional.empty();
    }
    IndexValuationResult computed = compute(query, version, info.get(), constituents);
    return Optional.of(cache == null ? computed : cache.putIfAbsent(version, key(query), computed));
  }

  private IndexValuationResult compute(GetIndexValuationQuery query, long version) {
    DatasetInfo info =
        repository
            .find(query.indexId(), query.asOf())
            .orElseThrow(() -> notFound(query.indexId(), query.asOf(), repository));
    return compute(query, version, info, repository.load(info));
  }

  private IndexValuationResult compute(
      GetIndexValuationQuery query, long version, DatasetInfo info, DatasetContent content) {
    if (!(content instanceof DatasetContent.Constituents constituents)) {
      throw InvalidInputException.of(
          "index_id",
          "'" + query.indexId() + "' holds " + info.kind() + " data, not index or fund holdings");
    }
    ConstituentSnapshot snapshot = constituents.snapshot();
    LocalDate at = query.asOf().orElse(snapshot.asOf());
    List<String> notes = new ArrayList<>();
    IndexValuation own = IndexValuationCalculator.DEFAULT.calculate(snapshot, query.policy());
    if (snapshot.hasEarnings()) {
      notes.add("valued from the figures of " + info.datasetId() + " itself, not a look-through");
      return new IndexValuationResult(own, info, version, at, Optional.empty(), notes);
    }
    Optional<HoldingsValuation> lookThrough =
        fundamentals.lookThrough(snapshot, at, query.rules(), notes);
    IndexValuation valuation =
        lookThrough
            .filter(l -> l.join().matched() > 0)
            .map(l -> l.valuation(query.policy()))
            .orElse(own);
    return new IndexValuationResult(valuation, info, version, at, lookThrough, notes);
  }

  private static NotFoundException notFound(
      String indexId, Optional<LocalDate> asOf, DatasetRepository repository) {
    String when = asOf.map(d -> " on or before " + d).orElse("");
    Optional<LocalDate> first = FirstDated.of(repository, indexId);
    return new NotFoundException(
        Reason.INDEX_NOT_FOUND,
        "capshift.io/Index",
        indexId,
        "no index or fund '"
            + indexId
            + "' is stored"
            + when
            + first.map(d -> "; the first is dated " + d).orElse("; import its data first"),
        first.orElse(null));
  }

  private record Key(
      String indexId, Optional<LocalDate> asOf, NegativeEarningsPolicy policy, JoinRules rules) {
    // written out: a record's own are linked through method handles at their first call, several
    // ms in a fresh process

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.indexId.equals(indexId)
          && k.asOf.equals(asOf)
          && k.policy == policy
          && k.rules.equals(rules);
    }

    @Override
    public int hashCode() {
      return ((indexId.hashCode() * 31 + asOf.hashCode()) * 31 + policy.hashCode()) * 31
          + rules.hashCode();
    }
  }
}
