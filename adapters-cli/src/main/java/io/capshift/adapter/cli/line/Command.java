package io.capshift.adapter.cli.line;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A command: its name on the command line and what its help says it does. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Command {
  /** The name typed after {@code capshift}. */
  String name();

  /** Paragraphs, {@code %n} for a line break and {@code %%} for a percent sign. */
  String[] description() default {};
}
