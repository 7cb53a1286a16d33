package io.capshift.adapter.cli.line;

/** An argument that is not a value of its option's type; the message says what is wrong. */
public final class BadValueException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadValueException(String message) {
    super(message);
  }
}
