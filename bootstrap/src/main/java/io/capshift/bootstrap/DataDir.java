package io.capshift.bootstrap;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** The store directory capshift reads and writes. */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
@interface DataDir {}
