package io.capshift.application.service;

import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.CompareEarningsGrowthUseCase;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.earnings.EarningsGrowthCalculator;
import io.capshift.domain.error.NotFoundException;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small-cap minus large-cap earnings growth. Each side comes from its own best data, except that
 * when the sides' inputs differ and both have a published growth figure, both use that, so the gap
 * compares like with like.
 */
public final class CompareEarningsGrowthService implements CompareEarningsGrowthUseCase {
  private final GetEarningsOutlookService outlooks;
  private final DatasetRepository repository;

  @Inject
  public CompareEarningsGrowthService(
      GetEarningsOutlookService outlooks, DatasetRepository repository) {
    this.outlooks = outlooks;
    this.repository = repository;
  }

  @Override
  public GrowthComparison compareEarningsGrowth(CompareEarningsGrowthQuery q) {
    long version = repository.dataVersion();
    EarningsOutlook small = outlooks.getEarningsOutlook(q.side(q.smallId()));
    EarningsOutlook large = outlooks.getEarningsOutlook(q.side(q.largeId()));
    List<String> notes = new ArrayList<>();
    if (small.input() != large.input()) {
      Optional<EarningsOutlook> ps = published(q.side(q.smallId()));
      Optional<EarningsOutlook> pl = published(q.side(q.largeId()));
      if (ps.isPresent() && pl.isPresent()) {
        small = ps.get();
        large = pl.get();
        notes.add("both sides use their published growth figures, for like-for-like inputs");
      }
    }
    if (small.input() != large.input()) {
      notes.add("the sides come from different inputs: " + small.input() + " vs " + large.input());
    }
    if (!small.asOf().equals(large.asOf())) {
      notes.add("the sides are dated differently: " + small.asOf() + " vs " + large.asOf());
    }
    return new GrowthComparison(
        small,
        large,
        EarningsGrowthCalculator.DEFAULT.growthGap(small.growth(), large.growth()),
        notes,
        version);
  }

  private Optional<EarningsOutlook> published(GetEarningsOutlookQuery q) {
    try {
      EarningsOutlook o = outlooks.fromPublished(q, repository.dataVersion());
      return o.growth().isDefined() ? Optional.of(o) : Optional.empty();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }
}
