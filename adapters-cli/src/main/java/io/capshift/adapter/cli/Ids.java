package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Parameters;
import io.capshift.adapter.cli.line.UsageException;

/**
 * One id style on every command: {@code --id ID}. Commands that once took the id as a bare argument
 * ({@code earnings}, {@code fund}, {@code flows}) still accept it there, so old scripts keep
 * working.
 */
final class Ids {
  @Option(names = "--id", paramLabel = "ID", description = "Index or fund id, e.g. sp500 or IWM.")
  String option;

  @Parameters(
      arity = "0..1",
      paramLabel = "ID",
      description = "The same id as a bare argument (the older spelling of --id).")
  String argument;

  /** The id given by {@code --id} or, the older spelling, as the argument; exactly one. */
  String one() {
    if (option != null && argument != null && !option.equals(argument)) {
      throw new UsageException("give the id once: --id " + option + " or " + argument);
    }
    String id = option != null ? option : argument;
    if (id == null || id.isBlank()) {
      throw new UsageException("missing --id=ID");
    }
    return id.strip();
  }
}
