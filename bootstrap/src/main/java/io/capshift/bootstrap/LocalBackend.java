package io.capshift.bootstrap;

import io.capshift.adapter.cli.CliBackend;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/** What the command line runs on in a capshift process: local stores, the system clock. */
final class LocalBackend implements CliBackend {
  private final Clock clock;

  LocalBackend() {
    this(Clock.systemDefaultZone());
  }

  LocalBackend(Clock clock) {
    this.clock = clock;
  }

  @Override
  public UseCases open(Path dataDir) {
    return Capshift.open(dataDir, clock);
  }

  @Override
  public Clock clock() {
    return clock;
  }

  @Override
  public void serve(ServeSettings settings, Path dataDir, PrintWriter out) throws Exception {
    Serve.run(settings, Capshift.open(dataDir, clock), dataDir, out);
  }
}
