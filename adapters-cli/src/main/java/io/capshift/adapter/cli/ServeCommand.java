package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.domain.error.InvalidInputException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift serve}: the gRPC server. */
@Command(
    name = "serve",
    description = "Serve the capshift gRPC API (with reflection and health) until SIGTERM.")
final class ServeCommand implements Callable<Integer> {
  @Spec Invocation spec;

  @Mixin StoreOption store;

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
    store
        .backend()
        .serve(
            new ServeSettings(
                host,
                port,
                Optional.ofNullable(tlsCert),
                Optional.ofNullable(tlsKey),
                Optional.ofNullable(tokenFile),
                Optional.ofNullable(readTokenFile)),
            store.dataDir(),
            spec.out());
    return 0;
  }
}
