package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.api.v1.GetIndexValuationRequest;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One store, the server and the command line: with the server running on a store, a CLI import into
 * it works and the server's next answer reads the new data.
 */
class SharedStoreTest {
  @TempDir Path dir;

  @Test
  void serverRunning_cliImport_theNextGrpcAnswerReadsIt() throws Exception {
    Path store = dir.resolve("store");
    try (InProcessCapshift server = new InProcessCapshift(store)) {
      var stub =
          ValuationServiceGrpc.newBlockingStub(server.channel)
              .withDeadlineAfter(30, TimeUnit.SECONDS);
      StatusRuntimeException before =
          Assertions.catchThrowableOfType(
              StatusRuntimeException.class,
              () ->
                  stub.getIndexValuation(
                      GetIndexValuationRequest.newBuilder().setIndexId("mine").build()));
      assertThat(before.getStatus().getCode()).isEqualTo(Status.Code.NOT_FOUND);

      Path file = dir.resolve("mine.csv");
      Files.writeString(
          file,
          "# id: mine\n# as_of: 2026-01-02\nsymbol,value_usd,earnings_usd\nA,100,5\nB,300,10\n");
      Cli.Run imported = Cli.run("import", file.toString(), "--data", store.toString());
      assertThat(imported.code()).as(imported.out() + imported.err()).isZero();

      var after =
          ValuationServiceGrpc.newBlockingStub(server.channel)
              .withDeadlineAfter(30, TimeUnit.SECONDS)
              .getIndexValuation(GetIndexValuationRequest.newBuilder().setIndexId("mine").build());
      // 400 / 15
      assertThat(after.getValuation().getPriceEarnings().getValue())
          .isCloseTo(400.0 / 15, Assertions.within(1e-9)); // 12 significant digits
      assertThat(after.getDatasetId()).isEqualTo("mine@2026-01-02");
    }
  }
}
