package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import io.capshift.domain.valuation.SnapshotType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class GetIndexValuationServiceTest {
  private static final double TOL = 1e-9;
  private static final LocalDate JAN = LocalDate.of(2026, 1, 31);
  private static final LocalDate FEB = LocalDate.of(2026, 2, 28);

  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final GetIndexValuationService service = new GetIndexValuationService(repository);

  private static GetIndexValuationQuery query(String id, LocalDate asOf) {
    return new GetIndexValuationQuery(
        id, Optional.ofNullable(asOf), NegativeEarningsPolicy.INCLUDE);
  }

  @Test
  void getIndexValuation_storedSnapshot_computesFromIt() {
    // 42,000 / (3,000 - 1,400) = 26.25 (TV-VAL1)
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    IndexValuationResult r = service.getIndexValuation(query("TEST", null));

    assertThat(r.valuation().priceEarnings().getAsDouble()).isCloseTo(26.25, within(TOL));
    assertThat(r.dataset().datasetId()).isEqualTo("test@2026-01-31");
    assertThat(r.dataVersion()).isEqualTo(1);
  }

  @Test
  void getIndexValuation_sameQueryTwice_loadsOnce() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    IndexValuationResult first = service.getIndexValuation(query("test", null));
    IndexValuationResult second = service.getIndexValuation(query("test", null));

    assertThat(second).isSameAs(first);
    assertThat(repository.loads).isEqualTo(1);
  }

  @Test
  void getIndexValuation_afterNewImport_neverServesStaleEntry() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));
    service.getIndexValuation(query("test", null));
    // A re-import of the same date with XYZ earning +1,000: 42,000 / 4,000 = 10.5
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, 1_000)));

    IndexValuationResult r = service.getIndexValuation(query("test", null));

    assertThat(r.valuation().priceEarnings().getAsDouble()).isCloseTo(10.5, within(TOL));
    assertThat(r.dataVersion()).isEqualTo(2);
  }

  @Test
  void cachedIndexValuation_onlyWhatIsComputedForTheCurrentVersion_withoutReading() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    assertThat(service.cachedIndexValuation(query("test", null))).isEmpty();
    IndexValuationResult computed = service.getIndexValuation(query("test", null));
    assertThat(service.cachedIndexValuation(query("TEST", null))).containsSame(computed);
    assertThat(service.cachedIndexValuation(query("test", FEB))).isEmpty();
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, 1_000)));
    assertThat(service.cachedIndexValuation(query("test", null))).isEmpty();
    assertThat(repository.loads).isEqualTo(1);
  }

  @Test
  void readyIndexValuation_smallSnapshotInMemory_computedAndCachedWithoutReading() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    Optional<IndexValuationResult> ready = service.readyIndexValuation(query("test", null), 2);

    assertThat(ready).isPresent();
    assertThat(ready.get().valuation().priceEarnings().getAsDouble()).isCloseTo(26.25, within(TOL));
    assertThat(repository.loads).as("nothing read").isZero();
    assertThat(service.cachedIndexValuation(query("test", null))).containsSame(ready.get());
  }

  @Test
  void readyIndexValuation_tooManyNamesNotInMemoryOrMissing_empty() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    assertThat(service.readyIndexValuation(query("test", null), 1)).as("2 names > 1").isEmpty();
    assertThat(service.readyIndexValuation(query("absent", null), 10)).isEmpty();
    // holdings without earnings of their own: a look-through, which joins fundamentals
    Constituent held =
        new Constituent(
            "ABC",
            "ABC",
            "",
            1_000,
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty(),
            OptionalDouble.empty());
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "fund",
                JAN,
                "test fixture",
                new DatasetContent.Constituents(
                    ConstituentSnapshot.of(
                        "fund", JAN, SnapshotType.FUND, FundFacts.NONE, List.of(held))))));
    assertThat(service.readyIndexValuation(query("fund", null), 10)).as("look-through").isEmpty();
    repository.keepsInMemory = false;
    assertThat(service.readyIndexValuation(query("test", null), 10)).as("not read yet").isEmpty();
    assertThat(repository.loads).isZero();
    assertThat(service.cachedIndexValuation(query("test", null))).isEmpty();
  }

  @Test
  void readyIndexValuation_cacheOnAtADate_theWorkersAnswer() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));
    repository.saveAll(List.of(Fixtures.twoNames("test", FEB, 1_000)));
    LocalDate between = FEB.minusDays(1);

    IndexValuationResult ready =
        service.readyIndexValuation(query("test", between), 10).orElseThrow();

    assertThat(ready.valuation().asOf()).isEqualTo(JAN);
    assertThat(new GetIndexValuationService(repository).getIndexValuation(query("test", between)))
        .isEqualTo(ready);
    assertThat(service.getIndexValuation(query("test", between))).as("cached").isSameAs(ready);
  }

  @Test
  void readyIndexValuation_cacheOff_computedEachTimeTheSame() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));
    GetIndexValuationService uncached =
        new GetIndexValuationService(repository, new FundamentalsAt(repository), 0);

    IndexValuationResult first = uncached.readyIndexValuation(query("test", null), 2).orElseThrow();
    IndexValuationResult second =
        uncached.readyIndexValuation(query("test", null), 2).orElseThrow();

    assertThat(second).isNotSameAs(first).isEqualTo(first);
    assertThat(second).isEqualTo(uncached.getIndexValuation(query("test", null)));
  }

  @Test
  void cachedIndexValuation_cacheOff_alwaysEmpty() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));
    GetIndexValuationService uncached =
        new GetIndexValuationService(repository, new FundamentalsAt(repository), 0);

    uncached.getIndexValuation(query("test", null));

    assertThat(uncached.cachedIndexValuation(query("test", null))).isEmpty();
  }

  @Test
  void getIndexValuation_asOf_usesLatestSnapshotOnOrBefore() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));
    repository.saveAll(List.of(Fixtures.twoNames("test", FEB, 1_000)));

    assertThat(service.getIndexValuation(query("test", FEB.minusDays(1))).valuation().asOf())
        .isEqualTo(JAN);
    assertThat(service.getIndexValuation(query("test", null)).valuation().asOf()).isEqualTo(FEB);
  }

  @Test
  void getIndexValuation_unknownOrTooEarly_notFoundWithReason() {
    repository.saveAll(List.of(Fixtures.twoNames("test", JAN, -1_400)));

    assertThatThrownBy(() -> service.getIndexValuation(query("nope", null)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("nope")
        .extracting(e -> ((NotFoundException) e).reason())
        .isEqualTo(Reason.INDEX_NOT_FOUND);
    assertThatThrownBy(() -> service.getIndexValuation(query("test", JAN.minusDays(1))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("on or before 2026-01-30");
  }

  @Test
  void getIndexValuation_idHoldingOtherKind_invalidIndexId() {
    repository.saveAll(
        List.of(
            new ParsedDataset(
                "fomc", JAN, "test", new DatasetContent.Meetings(new FomcCalendar(List.of())))));

    assertThatThrownBy(() -> service.getIndexValuation(query("fomc", null)))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("index_id"));
  }

  @Test
  void query_blankId_invalidIndexId() {
    assertThatThrownBy(() -> query(" ", null))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("index_id"));
  }
}
