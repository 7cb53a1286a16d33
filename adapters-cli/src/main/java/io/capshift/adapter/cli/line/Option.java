package io.capshift.adapter.cli.line;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field set from an option such as {@code --as-of 2025-11-03} or {@code --as-of=2025-11-03}. A
 * {@code boolean} field is a flag; a {@code List} field takes the option again and again (and each
 * value split at {@link #split}); a {@code Map} field takes {@code KEY=VALUE}. A field the command
 * line leaves out keeps its initial value, or gets {@link #defaultValue} converted.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Option {
  /** What {@link #defaultValue} holds when the option has none. */
  String NO_DEFAULT = "__no default__";

  /** The option's names, the first the one help shows first, e.g. {@code --as-of}. */
  String[] names();

  /** What the value is, as help shows it after the name: {@code --as-of=YYYY-MM-DD}. */
  String paramLabel() default "";

  /**
   * One paragraph; {@code ${DEFAULT-VALUE}} is replaced by the default, {@code
   * ${COMPLETION-CANDIDATES}} by the {@link #completionCandidates}, {@code %n} by a line break and
   * {@code %%} by a percent sign.
   */
  String[] description() default {};

  /** The value taken when the option is left out, converted as a given value would be. */
  String defaultValue() default NO_DEFAULT;

  /** Whether leaving the option out is an error. */
  boolean required() default false;

  /** For a {@code List} or {@code Map} field, what separates values within one argument. */
  String split() default "";

  /** Turns the argument into the field's value; by default, by the field's type. */
  @SuppressWarnings("rawtypes")
  Class<? extends Converter> converter() default Converter.class;

  /** The values help names for {@code ${COMPLETION-CANDIDATES}}. */
  @SuppressWarnings("rawtypes")
  Class<? extends Iterable> completionCandidates() default Iterable.class;
}
