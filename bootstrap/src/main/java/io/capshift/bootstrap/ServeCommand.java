package io.capshift.bootstrap;

import io.capshift.application.port.in.ListDatasetsQuery;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift serve}: the gRPC server. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the capshift gRPC API (with reflection and health) until SIGTERM.")
final class ServeCommand implements Callable<Integer> {
  /** Seconds calls in flight get to finish on shutdown. */
  private static final long GRACE_SECONDS = 5;

  @Mixin StoreOptions store;

  @Option(names = "--port", defaultValue = "50051", description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Override
  public Integer call() throws Exception {
    Capshift capshift = store.open();
    ExecutorService executor =
        Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()));
    CapshiftServer server;
    try {
      server =
          new CapshiftServer(
                  NettyServerBuilder.forAddress(new InetSocketAddress(host, port)),
                  capshift,
                  executor)
              .start();
    } catch (java.io.IOException e) {
      capshift.close();
      executor.shutdown();
      throw new java.io.UncheckedIOException(
          "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> shutdown(server, capshift, stopped), "capshift-shutdown"));
    var datasets = capshift.datasets().listDatasets(new ListDatasetsQuery(1, ""));
    System.out.printf(
        "capshift serving on %s:%d (store %s: %d datasets, data version %d)%n",
        host, server.port(), store.dataDir().toAbsolutePath(), datasets.totalSize(),
        datasets.dataVersion());
    System.out.flush();
    server.awaitTermination();
    stopped.await();
    return 0;
  }

  private static void shutdown(CapshiftServer server, Capshift capshift, CountDownLatch stopped) {
    try {
      server.stop(GRACE_SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      capshift.close();
      System.err.println("capshift: stopped");
      stopped.countDown();
    }
  }
}
