package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import io.grpc.ManagedChannel;
import io.grpc.reflection.v1.ServerReflectionGrpc;
import io.grpc.reflection.v1.ServerReflectionRequest;
import io.grpc.reflection.v1.ServerReflectionResponse;
import io.grpc.reflection.v1.ServiceResponse;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Server reflection, as grpcurl and buf curl use it. */
class ReflectionTest {
  private static final long DEADLINE_SECONDS = 30;

  @TempDir Path dir;
  private InProcessCapshift app;
  private ManagedChannel channel;

  @BeforeEach
  void start() throws IOException {
    app = new InProcessCapshift(dir);
    channel = app.channel;
  }

  @AfterEach
  void stop() throws InterruptedException {
    app.close();
  }

  @Test
  void listServices_v1_namesCapshiftHealthAndReflection() throws Exception {
    ServerReflectionResponse r =
        ask(ServerReflectionRequest.newBuilder().setListServices("").build());

    assertThat(r.getListServicesResponse().getServiceList())
        .extracting(ServiceResponse::getName)
        .contains(
            "capshift.v1.DataService",
            "capshift.v1.ValuationService",
            "capshift.v1.EarningsService",
            "capshift.v1.RatesService",
            "capshift.v1.FundService",
            "capshift.v1.HistoryService",
            "capshift.v1.RotationService",
            "grpc.health.v1.Health",
            "grpc.reflection.v1.ServerReflection",
            "grpc.reflection.v1alpha.ServerReflection");
  }

  @Test
  void fileContainingSymbol_errorDetailTypes_resolvableByClients() throws Exception {
    for (String symbol :
        List.of("google.rpc.BadRequest", "google.rpc.ErrorInfo", "google.rpc.ResourceInfo")) {
      ServerReflectionResponse r =
          ask(ServerReflectionRequest.newBuilder().setFileContainingSymbol(symbol).build());

      assertThat(r.hasErrorResponse()).as(symbol).isFalse();
      assertThat(r.getFileDescriptorResponse().getFileDescriptorProtoCount())
          .as(symbol)
          .isPositive();
    }
  }

  @Test
  void listServices_v1alpha_alsoAnswers() throws Exception {
    CompletableFuture<io.grpc.reflection.v1alpha.ServerReflectionResponse> answer =
        new CompletableFuture<>();
    StreamObserver<io.grpc.reflection.v1alpha.ServerReflectionRequest> requests =
        io.grpc.reflection.v1alpha.ServerReflectionGrpc.newStub(channel)
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .serverReflectionInfo(observer(answer));
    requests.onNext(
        io.grpc.reflection.v1alpha.ServerReflectionRequest.newBuilder()
            .setListServices("")
            .build());
    requests.onCompleted();

    assertThat(
            answer
                .get(DEADLINE_SECONDS, TimeUnit.SECONDS)
                .getListServicesResponse()
                .getServiceList())
        .extracting(io.grpc.reflection.v1alpha.ServiceResponse::getName)
        .contains("capshift.v1.ValuationService");
  }

  private ServerReflectionResponse ask(ServerReflectionRequest request) throws Exception {
    CompletableFuture<ServerReflectionResponse> answer = new CompletableFuture<>();
    StreamObserver<ServerReflectionRequest> requests =
        ServerReflectionGrpc.newStub(channel)
            .withDeadlineAfter(DEADLINE_SECONDS, TimeUnit.SECONDS)
            .serverReflectionInfo(observer(answer));
    requests.onNext(request);
    requests.onCompleted();
    return answer.get(DEADLINE_SECONDS, TimeUnit.SECONDS);
  }

  private static <T> StreamObserver<T> observer(CompletableFuture<T> first) {
    return new StreamObserver<>() {
      @Override
      public void onNext(T value) {
        first.complete(value);
      }

      @Override
      public void onError(Throwable t) {
        first.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {}
    };
  }
}
