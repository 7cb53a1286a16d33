package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Vintages: {@code px@2022-11-18} holds close and adj_close to 2022-11-18; {@code px@2026-02-23}
 * holds close only, to 2026-02-23, with a different (revised) 2020 value.
 */
class SeriesResolverTest {
  private static final LocalDate OLD = LocalDate.of(2022, 11, 18);
  private static final LocalDate NEW = LocalDate.of(2026, 2, 23);

  private final InMemoryDatasetRepository store = new InMemoryDatasetRepository();
  private final SeriesResolver resolver = new SeriesResolver(store);

  SeriesResolverTest() {
    store.saveAll(
        List.of(
            new ParsedDataset(
                "px",
                OLD,
                "old file",
                new DatasetContent.SeriesSet(
                    List.of(
                        series("px:close", "2020-06-01", 10, "2022-11-18", 12),
                        series("px:adj_close", "2020-06-01", 9, "2022-11-18", 11)))),
            new ParsedDataset(
                "px",
                NEW,
                "new file",
                new DatasetContent.SeriesSet(
                    List.of(
                        series(
                            "px:close",
                            "2020-06-01",
                            10.5,
                            "2022-11-18",
                            12,
                            "2026-02-23",
                            20))))));
  }

  @Test
  void noDate_newestVintageThatHasTheSeries() {
    assertThat(resolver.resolve("px:close").dataset().asOf()).isEqualTo(NEW);
    // the newest file lacks adj_close: the older one still answers
    assertThat(resolver.resolve("px:adj_close").dataset().asOf()).isEqualTo(OLD);
  }

  @Test
  void atADate_newestVintageKnownByThen_cutToTheDate() {
    SeriesResolver.Resolved r = resolver.resolve("px:close", Optional.of(LocalDate.of(2024, 1, 1)));

    assertThat(r.dataset().asOf()).isEqualTo(OLD);
    assertThat(r.revised()).isFalse();
    assertThat(r.series().size()).isEqualTo(2);
    assertThat(r.derivation()).isEqualTo("stored series from old file");
  }

  @Test
  void beforeEveryVintage_theOldestLaterOne_saidToBeRevised() {
    SeriesResolver.Resolved r = resolver.resolve("px:close", Optional.of(LocalDate.of(2021, 1, 1)));

    assertThat(r.dataset().asOf()).isEqualTo(OLD);
    assertThat(r.revised()).isTrue();
    assertThat(r.series().size()).isEqualTo(1);
    assertThat(r.series().value(0)).isEqualTo(10);
    assertThat(r.derivation())
        .isEqualTo(
            "stored series from old file; revised history (vintage 2022-11-18, none known by"
                + " 2021-01-01), cut at 2021-01-01");
  }

  @Test
  void atADateAfterTheNewest_readsIt_withNothingLater() {
    SeriesResolver.Resolved r = resolver.resolve("px:close", Optional.of(LocalDate.of(2026, 3, 1)));

    assertThat(r.dataset().asOf()).isEqualTo(NEW);
    assertThat(r.series().value(0)).isEqualTo(10.5);
  }

  @Test
  void unknownSeries_notFoundListingEveryVintagesSeries() {
    assertThatThrownBy(() -> resolver.resolve("px:volume"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("px:close")
        .hasMessageContaining("px:adj_close");
    assertThat(resolver.find("nope:value")).isEmpty();
  }

  private static TimeSeries series(String id, Object... dateValue) {
    List<Observation> obs = new java.util.ArrayList<>();
    for (int i = 0; i < dateValue.length; i += 2) {
      obs.add(
          new Observation(
              LocalDate.parse((String) dateValue[i]), ((Number) dateValue[i + 1]).doubleValue()));
    }
    return TimeSeries.of(id, "USD", obs);
  }
}
