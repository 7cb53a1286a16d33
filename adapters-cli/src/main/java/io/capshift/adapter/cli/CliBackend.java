package io.capshift.adapter.cli;

import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What the command line runs on, given by whoever starts it: the stores it opens, the clock that
 * says what today is, and the gRPC server.
 */
public interface CliBackend {

  /**
   * Opens the store in {@code dataDir}, creating the folder if it is missing; does not seed it.
   *
   * @throws io.capshift.domain.error.FailedPreconditionException if another process holds it
   */
  UseCases open(Path dataDir);

  /** The clock today's date comes from. */
  Clock clock();

  /**
   * Serves the gRPC API over the store in {@code dataDir} until the process is stopped.
   *
   * @param out where the server says where it listens
   */
  void serve(ServeSettings settings, Path dataDir, PrintWriter out) throws Exception;
}
