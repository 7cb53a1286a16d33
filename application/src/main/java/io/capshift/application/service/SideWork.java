package io.capshift.application.service;

import jakarta.inject.Qualifier;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/**
 * The {@link java.util.concurrent.Executor} for work one answer can do beside its own thread: the
 * parts of an answer that do not wait for each other (the signal's market components beside its
 * fund choice; the decoding of several fundamentals files). It runs a task on an idle thread when
 * it has one and on the caller's thread when not: side work never waits in a queue. Its threads
 * come on top of a server's workers, which the server's admission does not count.
 */
@Qualifier
@Documented
@Retention(RetentionPolicy.RUNTIME)
public @interface SideWork {}
