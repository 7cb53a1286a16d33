package io.capshift.adapter.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.type.Date;
import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.Dataset;
import io.capshift.api.v1.DatasetKind;
import io.capshift.api.v1.ListDatasetsRequest;
import io.capshift.api.v1.ListDatasetsResponse;
import io.capshift.application.port.in.DatasetPage;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.grpc.StatusRuntimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DataService.ListDatasets through an in-process server over a fake use case. */
class ListDatasetsGrpcTest {
  private static final io.capshift.application.port.in.DatasetKind INDEX =
      io.capshift.application.port.in.DatasetKind.INDEX_CONSTITUENTS;

  private final List<ListDatasetsQuery> listings = new ArrayList<>();
  private InProcessGrpc grpc;

  @BeforeEach
  void startServer() throws Exception {
    grpc =
        InProcessGrpc.start(
            new DataGrpcService(
                command -> {
                  throw new AssertionError("import not expected");
                },
                query -> {
                  listings.add(query);
                  return new DatasetPage(
                      List.of(Fixtures.dataset("sp500", INDEX, 503, 4)), "next-token", 12, 9);
                }));
  }

  @AfterEach
  void stopServer() throws Exception {
    grpc.close();
  }

  @Test
  void listDatasets_pageToken_passedOnAndPageMapped() {
    ListDatasetsResponse response =
        DataServiceGrpc.newBlockingStub(grpc.channel())
            .withDeadlineAfter(5, TimeUnit.SECONDS)
            .listDatasets(
                ListDatasetsRequest.newBuilder().setPageSize(1).setPageToken("page-2").build());

    assertThat(listings).containsExactly(new ListDatasetsQuery(1, "page-2"));
    assertThat(response.getNextPageToken()).isEqualTo("next-token");
    assertThat(response.getTotalSize()).isEqualTo(12);
    assertThat(response.getDataVersion()).isEqualTo(9);
    Dataset d = response.getDatasets(0);
    assertThat(d.getDatasetId()).isEqualTo("sp500@2026-04-10");
    assertThat(d.getKind()).isEqualTo(DatasetKind.DATASET_KIND_INDEX_CONSTITUENTS);
    assertThat(d.getTargetId()).isEqualTo("sp500");
    assertThat(d.getAsOf())
        .isEqualTo(Date.newBuilder().setYear(2026).setMonth(4).setDay(10).build());
    assertThat(d.getRows()).isEqualTo(503);
    assertThat(d.getVersion()).isEqualTo(4);
    assertThat(d.getSource()).isEqualTo("iShares, sp500_holdings.csv");
    assertThat(d.getStoredAt().getSeconds()).isEqualTo(Fixtures.STORED_AT.getEpochSecond());
  }

  @Test
  void listDatasets_negativePageSize_invalidArgumentOnPageSize() {
    StatusRuntimeException e =
        catchThrowableOfType(
            StatusRuntimeException.class,
            () ->
                DataServiceGrpc.newBlockingStub(grpc.channel())
                    .withDeadlineAfter(5, TimeUnit.SECONDS)
                    .listDatasets(ListDatasetsRequest.newBuilder().setPageSize(-1).build()));

    StatusDetails.assertFieldViolation(e, "INVALID_ARGUMENT", "page_size");
    assertThat(listings).isEmpty();
  }
}
