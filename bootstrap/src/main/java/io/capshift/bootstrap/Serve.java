package io.capshift.bootstrap;

import com.google.common.util.concurrent.MoreExecutors;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.domain.error.InvalidInputException;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/** Serves the gRPC API over one store, with the limits and access rules of {@link ServerSetup}. */
final class Serve {
  /** Seconds calls in flight get to finish on shutdown. */
  private static final long GRACE_SECONDS = 5;

  private Serve() {}

  /**
   * Serves until the process is stopped (SIGTERM): health turns NOT_SERVING, calls in flight get
   * {@value #GRACE_SECONDS} s, the store is closed.
   *
   * @param capshift the opened store, seeded here if empty; closed when serving ends
   */
  static void run(ServeSettings s, Capshift capshift, Path dataDir, PrintWriter out)
      throws Exception {
    ServerSetup.Workers workers;
    CapshiftServer server;
    boolean loopback;
    Optional<String> writeToken;
    try {
      capshift.seed().seedIfEmpty();
      writeToken = token(s.tokenFile(), "--token-file");
      Optional<String> readToken = token(s.readTokenFile(), "--read-token-file");
      loopback = InetAddress.getByName(s.host()).isLoopbackAddress();
      InetSocketAddress address = new InetSocketAddress(s.host(), s.port());
      NettyServerBuilder builder =
          s.tlsCert().isEmpty()
              ? NettyServerBuilder.forAddress(address)
              : NettyServerBuilder.forAddress(
                  address,
                  TlsServerCredentials.create(
                      s.tlsCert().get().toFile(), s.tlsKey().orElseThrow().toFile()));
      workers = ServerSetup.Workers.create();
      ServerSetup.protect(
          ServerSetup.limit(builder, s.tlsCert().isPresent()),
          writeToken,
          readToken,
          loopback,
          workers);
      try {
        // direct: admission runs on the transport thread and hands calls to the workers
        server =
            new CapshiftServer(builder, capshift, MoreExecutors.newDirectExecutorService()).start();
      } catch (IOException e) {
        workers.shutdown();
        throw new UncheckedIOException(
            "cannot listen on " + s.host() + ":" + s.port() + ": " + e.getMessage(), e);
      }
    } catch (Exception e) {
      capshift.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    ServerSetup.Workers running = workers;
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shutdown(server, capshift, stopped);
                  running.shutdown();
                },
                "capshift-shutdown"));
    if (writeToken.isEmpty() && !loopback) {
      System.err.println(
          "capshift: no --token-file and listening beyond loopback: imports are refused");
    }
    var datasets = capshift.datasets().listDatasets(new ListDatasetsQuery(1, ""));
    out.printf(
        "capshift serving on %s:%d%s (store %s: %d datasets, data version %d)%n",
        s.host(),
        server.port(),
        s.tlsCert().isEmpty() ? "" : " with TLS",
        dataDir.toAbsolutePath(),
        datasets.totalSize(),
        datasets.dataVersion());
    out.flush();
    server.awaitTermination();
    stopped.await();
  }

  /** The token in {@code file}, stripped; never printed. */
  private static Optional<String> token(Optional<Path> file, String option) {
    if (file.isEmpty()) {
      return Optional.empty();
    }
    String token;
    try {
      token = Files.readString(file.get()).strip();
    } catch (IOException e) {
      throw InvalidInputException.of(option, "cannot read " + file.get() + ": " + e.getMessage());
    }
    if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw InvalidInputException.of(
          option, file.get() + " must hold one token of printable ASCII characters without spaces");
    }
    return Optional.of(token);
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
