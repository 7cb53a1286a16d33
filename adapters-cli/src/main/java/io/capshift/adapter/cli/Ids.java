package io.capshift.adapter.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

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
  String one(CommandSpec spec) {
    if (option != null && argument != null && !option.equals(argument)) {
      throw new ParameterException(
          spec.commandLine(), "give the id once: --id " + option + " or " + argument);
    }
    String id = option != null ? option : argument;
    if (id == null || id.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--id=ID'");
    }
    return id.strip();
  }
}
