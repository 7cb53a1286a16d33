/**
 * Where capshift is put together: the Dagger components (the store and use cases; the gRPC services
 * over them), the server with its limits, {@code main}, and {@code Capshift}, the entry point for
 * an embedding JVM service.
 *
 * <p>May depend on every module; the only place that knows Dagger and reads the wall clock.
 */
package io.capshift.bootstrap;
