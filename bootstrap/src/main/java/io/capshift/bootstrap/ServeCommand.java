package io.capshift.bootstrap;

import com.google.common.util.concurrent.MoreExecutors;
import io.capshift.application.port.in.ListDatasetsQuery;
import io.capshift.domain.error.InvalidInputException;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  @Option(
      names = "--port",
      defaultValue = "50051",
      description = "TCP port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to bind (default: ${DEFAULT-VALUE}, loopback only).")
  String host;

  @Option(
      names = "--tls-cert",
      paramLabel = "CERT.pem",
      description = "Serve TLS with this PEM certificate chain (needs --tls-key).")
  Path tlsCert;

  @Option(
      names = "--tls-key",
      paramLabel = "KEY.pem",
      description = "PEM PKCS#8 private key of --tls-cert.")
  Path tlsKey;

  @Option(
      names = "--token-file",
      paramLabel = "FILE",
      description =
          "File holding the bearer token that imports (and other writes) need. Without"
              + " it, writes are open on loopback and refused when --host is not loopback.")
  Path tokenFile;

  @Option(
      names = {"--read-token-file", "--read-token"},
      paramLabel = "FILE",
      description =
          "File holding a bearer token that reads need too (default: reads are open)."
              + " Health and reflection stay open.")
  Path readTokenFile;

  @Override
  public Integer call() throws Exception {
    if ((tlsCert == null) != (tlsKey == null)) {
      throw InvalidInputException.of("--tls-key", "give both --tls-cert and --tls-key, or neither");
    }
    Optional<String> writeToken = token(tokenFile, "--token-file");
    Optional<String> readToken = token(readTokenFile, "--read-token-file");
    boolean loopback = InetAddress.getByName(host).isLoopbackAddress();
    NettyServerBuilder builder =
        tlsCert == null
            ? NettyServerBuilder.forAddress(new InetSocketAddress(host, port))
            : NettyServerBuilder.forAddress(
                new InetSocketAddress(host, port),
                TlsServerCredentials.create(tlsCert.toFile(), tlsKey.toFile()));
    ServerSetup.Workers workers = ServerSetup.Workers.create();
    ServerSetup.protect(
        ServerSetup.limit(builder, tlsCert != null), writeToken, readToken, loopback, workers);
    Capshift capshift = store.open();
    CapshiftServer server;
    try {
      // direct: admission runs on the transport thread and hands calls to the workers
      server =
          new CapshiftServer(builder, capshift, MoreExecutors.newDirectExecutorService()).start();
    } catch (java.io.IOException e) {
      capshift.close();
      workers.shutdown();
      throw new java.io.UncheckedIOException(
          "cannot listen on " + host + ":" + port + ": " + e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  shutdown(server, capshift, stopped);
                  workers.shutdown();
                },
                "capshift-shutdown"));
    if (writeToken.isEmpty() && !loopback) {
      System.err.println(
          "capshift: no --token-file and listening beyond loopback:" + " imports are refused");
    }
    var datasets = capshift.datasets().listDatasets(new ListDatasetsQuery(1, ""));
    System.out.printf(
        "capshift serving on %s:%d%s (store %s: %d datasets, data version %d)%n",
        host,
        server.port(),
        tlsCert == null ? "" : " with TLS",
        store.dataDir().toAbsolutePath(),
        datasets.totalSize(),
        datasets.dataVersion());
    System.out.flush();
    server.awaitTermination();
    stopped.await();
    return 0;
  }

  /** The token in {@code file}, stripped; never printed. */
  private static Optional<String> token(Path file, String option) throws java.io.IOException {
    if (file == null) {
      return Optional.empty();
    }
    String token;
    try {
      token = Files.readString(file).strip();
    } catch (java.io.IOException e) {
      throw InvalidInputException.of(option, "cannot read " + file + ": " + e.getMessage());
    }
    if (token.isEmpty() || token.chars().anyMatch(c -> c < 0x21 || c > 0x7e)) {
      throw InvalidInputException.of(
          option, file + " must hold one token of printable ASCII characters without spaces");
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
