package io.capshift.adapter.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * One id style on every command: {@code --id ID}. Commands that once took the id as a bare argument
 * still accept it there, so old scripts keep working.
 */
final class Ids {
  private Ids() {}

  /** The id given by {@code --id} or, the older spelling, as the argument; exactly one. */
  static String one(CommandSpec spec, String option, String positional) {
    if (option != null && positional != null && !option.equals(positional)) {
      throw new ParameterException(
          spec.commandLine(), "give the id once: --id " + option + " or " + positional);
    }
    String id = option != null ? option : positional;
    if (id == null || id.isBlank()) {
      throw new ParameterException(spec.commandLine(), "Missing required option: '--id=ID'");
    }
    return id.strip();
  }
}
