package io.capshift.adapter.cli.line;

/**
 * Turns an option's or parameter's argument into its field's value.
 *
 * @param <T> the field's type
 */
@FunctionalInterface
public interface Converter<T> {
  /**
   * The value of {@code argument}.
   *
   * @throws BadValueException saying what is wrong with it, for the error message
   */
  T convert(String argument);
}
