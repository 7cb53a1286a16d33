package io.capshift.bootstrap;

import io.capshift.api.v1.DataServiceGrpc;
import io.capshift.api.v1.EarningsServiceGrpc;
import io.capshift.api.v1.FundServiceGrpc;
import io.capshift.api.v1.HistoryServiceGrpc;
import io.capshift.api.v1.RatesServiceGrpc;
import io.capshift.api.v1.RotationServiceGrpc;
import io.capshift.api.v1.ValuationServiceGrpc;
import io.capshift.application.port.in.UseCases;
import io.grpc.Server;
import io.grpc.ServerBuilder;
import io.grpc.health.v1.HealthCheckResponse.ServingStatus;
import io.grpc.protobuf.services.HealthStatusManager;
import io.grpc.protobuf.services.ProtoReflectionServiceV1;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

/**
 * The gRPC server: capshift's services plus health and reflection, on a bounded executor. Takes a
 * {@link ServerBuilder} so tests run the same server in-process.
 */
public final class CapshiftServer {
  private static final Logger LOG = Logger.getLogger(CapshiftServer.class.getName());
  private static final List<String> SERVICES =
      List.of(
          "",
          DataServiceGrpc.SERVICE_NAME,
          ValuationServiceGrpc.SERVICE_NAME,
          EarningsServiceGrpc.SERVICE_NAME,
          RatesServiceGrpc.SERVICE_NAME,
          FundServiceGrpc.SERVICE_NAME,
          HistoryServiceGrpc.SERVICE_NAME,
          RotationServiceGrpc.SERVICE_NAME);

  private final Server server;
  private final HealthStatusManager health = new HealthStatusManager();
  private final ExecutorService executor;
  private final AtomicBoolean stopping = new AtomicBoolean();

  /**
   * @param builder a Netty or in-process builder, not yet configured with services
   * @param useCases the use cases of an opened store; not closed by this server
   * @param executor runs the calls; a bounded pool keeps load from spawning threads
   */
  @SuppressWarnings("deprecation") // v1alpha reflection: some clients still default to it
  public CapshiftServer(ServerBuilder<?> builder, UseCases useCases, ExecutorService executor) {
    this.executor = executor;
    GrpcComponent c = DaggerGrpcComponent.factory().create(useCases);
    this.server =
        builder
            .executor(executor)
            .addService(c.dataGrpcService())
            .addService(c.valuationGrpcService())
            .addService(c.earningsGrpcService())
            .addService(c.ratesGrpcService())
            .addService(c.fundGrpcService())
            .addService(c.historyGrpcService())
            .addService(c.rotationGrpcService())
            .addService(health.getHealthService())
            .addService(ProtoReflectionServiceV1.newInstance())
            .addService(io.grpc.protobuf.services.ProtoReflectionService.newInstance())
            .build();
  }

  /** Starts serving and reports SERVING for every service. */
  public CapshiftServer start() throws IOException {
    server.start();
    SERVICES.forEach(s -> health.setStatus(s, ServingStatus.SERVING));
    return this;
  }

  /** The port bound, or -1 for an in-process server. */
  public int port() {
    return server.getPort();
  }

  /**
   * Reports NOT_SERVING, stops taking calls, and waits up to {@code graceSeconds} for the calls in
   * flight before cancelling them. A second call only waits.
   */
  public void stop(long graceSeconds) throws InterruptedException {
    if (!stopping.compareAndSet(false, true)) {
      server.awaitTermination(graceSeconds, TimeUnit.SECONDS);
      return;
    }
    health.enterTerminalState();
    server.shutdown();
    if (!server.awaitTermination(graceSeconds, TimeUnit.SECONDS)) {
      LOG.warning("calls still running after " + graceSeconds + " s; cancelling them");
      server.shutdownNow().awaitTermination(graceSeconds, TimeUnit.SECONDS);
    }
    executor.shutdown();
  }

  /** Blocks until the server has terminated. */
  public void awaitTermination() throws InterruptedException {
    server.awaitTermination();
  }
}
