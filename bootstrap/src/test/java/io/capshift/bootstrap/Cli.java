package io.capshift.bootstrap;

import io.capshift.adapter.cli.CapshiftCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;

/** The command line run in-process on the real Dagger-built stores, its output captured. */
final class Cli {
  private Cli() {}

  /**
   * What one command line did.
   *
   * @param code its exit code
   * @param out what it printed on its output
   * @param err what it printed on its error stream
   */
  record Run(int code, String out, String err) {}

  /** Runs {@code args} with today from {@link InProcessCapshift#CLOCK}. */
  static Run run(String... args) {
    return run(InProcessCapshift.CLOCK, args);
  }

  static Run run(Clock clock, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CapshiftCli.execute(
            new LocalBackend(clock), new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Run(code, out.toString(), err.toString());
  }
}
