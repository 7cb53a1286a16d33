package io.capshift.adapter.cli.line;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field set from the arguments that are not options, in order. A {@code List} field takes {@link
 * #arity} of them; any other takes one, and is required unless its arity is {@code 0..1}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Parameters {
  /** How many arguments: {@code 1}, {@code 0..1}, {@code 1..20}, {@code 0..*}, {@code 1..*}. */
  String arity() default "";

  /** What an argument is, as help shows it, e.g. {@code FILE}. */
  String paramLabel() default "";

  /** One paragraph, as for an {@link Option}. */
  String[] description() default {};
}
