package io.capshift.adapter.cli.line;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field holding options several commands share: its object is created for the command, and its
 * own {@link Option} and {@link Parameters} fields count as the command's.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Mixin {}
