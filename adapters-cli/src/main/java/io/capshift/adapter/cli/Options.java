package io.capshift.adapter.cli;

import java.util.OptionalDouble;

/** Turning the command line's option values into the forms the use cases take. */
final class Options {
  private Options() {}

  /** An option left out is an empty value, not a default number. */
  static OptionalDouble opt(Double value) {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }
}
