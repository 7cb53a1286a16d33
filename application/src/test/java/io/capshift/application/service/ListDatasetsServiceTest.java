package io.capshift.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListDatasetsServiceTest {
  private final InMemoryDatasetRepository repository = new InMemoryDatasetRepository();
  private final ListDatasetsService service = new ListDatasetsService(repository);

  private void store(String... ids) {
    for (String id : ids) {
      repository.saveAll(List.of(Fixtures.twoNames(id, LocalDate.of(2026, 1, 2), 1)));
    }
  }

  @Test
  void listDatasets_pagesOfTwo_visitEveryDatasetOnceInIdOrder() {
    store("e", "a", "d", "b", "c");
    List<String> seen = new ArrayList<>();
    String token = "";
    int pages = 0;
    do {
      DatasetPage page = service.listDatasets(new ListDatasetsQuery(2, token));
      page.datasets().forEach(d -> seen.add(d.targetId()));
      assertThat(page.totalSize()).isEqualTo(5);
      token = page.nextPageToken();
      pages++;
    } while (!token.isEmpty());

    assertThat(seen).containsExactly("a", "b", "c", "d", "e");
    assertThat(pages).isEqualTo(3);
  }

  @Test
  void listDatasets_datasetAddedBetweenPages_pageStaysConsistent() {
    store("a", "c", "e");
    DatasetPage first = service.listDatasets(new ListDatasetsQuery(2, ""));
    store("b", "d");

    DatasetPage second = service.listDatasets(new ListDatasetsQuery(2, first.nextPageToken()));

    assertThat(first.datasets()).extracting(DatasetInfo::targetId).containsExactly("a", "c");
    assertThat(second.datasets()).extracting(DatasetInfo::targetId).containsExactly("d", "e");
  }

  @Test
  void listDatasets_zeroPageSize_usesDefault() {
    assertThat(new ListDatasetsQuery(0, "").pageSize()).isEqualTo(50);
    assertThat(new ListDatasetsQuery(5_000, "").pageSize()).isEqualTo(1_000);
  }

  @Test
  void listDatasets_foreignToken_invalidPageToken() {
    assertThatThrownBy(() -> service.listDatasets(new ListDatasetsQuery(2, "not-a-token!")))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("page_token"));
  }

  @Test
  void query_negativePageSize_invalidPageSize() {
    assertThatThrownBy(() -> new ListDatasetsQuery(-1, ""))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("page_size"));
  }
}
