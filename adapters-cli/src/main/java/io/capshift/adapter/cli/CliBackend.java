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

  /** Where answers are kept between runs ({@link KeptAnswers}); empty when none are. */
  default java.util.Optional<KeptAnswers> keptAnswers() {
    return java.util.Optional.empty();
  }

  /**
   * The commit record of the store in {@code dataDir}, read without opening or locking it: bytes
   * that change with every write to the store; empty when there is no store there.
   */
  default java.util.Optional<byte[]> storeState(Path dataDir) {
    return java.util.Optional.empty();
  }

  /**
   * How many reads of a store's files have failed in this process so far: an answer given while one
   * failed (a component left out for a passing I/O error) is not kept.
   */
  default long storeReadFailures() {
    return 0;
  }

  /**
   * {@code answer} (a use case's result, or a list of them) as the gRPC API's response in {@code
   * format}: JSON in the proto3 mapping, or CSV of the response's main table; empty when the API
   * has no response for it.
   */
  java.util.Optional<String> encode(Object answer, OutputFormat format);

  /**
   * Serves the gRPC API over the store in {@code dataDir} until the process is stopped.
   *
   * @param out where the server says where it listens
   */
  void serve(ServeSettings settings, Path dataDir, PrintWriter out) throws Exception;
}
