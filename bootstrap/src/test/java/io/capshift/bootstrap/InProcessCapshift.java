package io.capshift.bootstrap;

import io.grpc.ManagedChannel;
import io.grpc.inprocess.InProcessChannelBuilder;
import io.grpc.inprocess.InProcessServerBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The real Dagger-built server over a store in {@code dir}, in-process, with a channel to it. Every
 * response passes {@link FiniteResponses}: no test can receive a NaN or an infinity.
 */
final class InProcessCapshift implements AutoCloseable {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

  final Capshift capshift;
  final CapshiftServer server;
  final ManagedChannel channel;

  InProcessCapshift(Path dir) throws IOException {
    capshift = Capshift.open(dir, CLOCK);
    capshift.seed().seedIfEmpty();
    String name = InProcessServerBuilder.generateName();
    server =
        new CapshiftServer(
                InProcessServerBuilder.forName(name).intercept(new FiniteResponses()),
                capshift,
                Executors.newFixedThreadPool(2))
            .start();
    channel = InProcessChannelBuilder.forName(name).directExecutor().build();
  }

  @Override
  public void close() throws InterruptedException {
    channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
    server.stop(5);
    capshift.close();
  }
}
