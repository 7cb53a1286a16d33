package io.capshift.application.service;

import io.capshift.application.port.in.CompareEarningsGrowthQuery;
import io.capshift.application.port.in.CompareEarningsGrowthUseCase;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookUseCase;
import io.capshift.application.port.in.GrowthComparison;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.domain.earnings.EarningsGrowthCalculator;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/** Small-cap minus large-cap earnings growth, each side from its own best data. */
public final class CompareEarningsGrowthService implements CompareEarningsGrowthUseCase {
  private final GetEarningsOutlookUseCase outlooks;
  private final DatasetRepository repository;

  @Inject
  public CompareEarningsGrowthService(
      GetEarningsOutlookUseCase outlooks, DatasetRepository repository) {
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
      notes.add("the sides come from different inputs: " + small.input() + " vs "
          + large.input());
    }
    if (!small.asOf().equals(large.asOf())) {
      notes.add("the sides are dated differently: " + small.asOf() + " vs " + large.asOf());
    }
    return new GrowthComparison(small, large,
        EarningsGrowthCalculator.DEFAULT.growthGap(small.growth(), large.growth()), notes,
        version);
  }
}
