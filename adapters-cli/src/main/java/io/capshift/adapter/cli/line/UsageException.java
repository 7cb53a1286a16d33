package io.capshift.adapter.cli.line;

/**
 * A command line that is wrong: an unknown option, a missing or bad value. Printed with a pointer
 * to the command's help, and the run ends with the usage exit code.
 */
public final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public UsageException(String message) {
    super(message);
  }
}
