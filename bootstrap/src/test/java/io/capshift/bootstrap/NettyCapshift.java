package io.capshift.bootstrap;

import com.google.common.util.concurrent.MoreExecutors;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The real server on a loopback port, with the limits, admission bounds and token rules {@code
 * serve} applies, and a store in {@code dir}.
 */
final class NettyCapshift implements AutoCloseable {
  final Capshift capshift;
  final CapshiftServer server;
  private final ServerSetup.Workers workers = ServerSetup.Workers.create();

  /**
   * @param tls server credentials, or null for plaintext
   */
  NettyCapshift(
      Path dir,
      Optional<String> writeToken,
      Optional<String> readToken,
      boolean loopback,
      TlsServerCredentials.Builder tls)
      throws Exception {
    InetSocketAddress any = new InetSocketAddress("127.0.0.1", 0);
    NettyServerBuilder builder =
        tls == null
            ? NettyServerBuilder.forAddress(any)
            : NettyServerBuilder.forAddress(any, tls.build());
    ServerSetup.protect(
        ServerSetup.limit(builder, tls != null), writeToken, readToken, loopback, workers);
    capshift = Capshift.open(dir, InProcessCapshift.CLOCK);
    capshift.seed().seedIfEmpty();
    server =
        new CapshiftServer(builder, capshift, MoreExecutors.newDirectExecutorService()).start();
  }

  /** A plaintext loopback server with open reads and writes. */
  static NettyCapshift plain(Path dir) throws Exception {
    return new NettyCapshift(dir, Optional.empty(), Optional.empty(), true, null);
  }

  int port() {
    return server.port();
  }

  @Override
  public void close() throws InterruptedException {
    server.stop(5);
    capshift.close();
    workers.shutdown();
  }
}
