/**
 * {@code capshift bench}: JMH benchmarks, import and start-up timings and a gRPC load harness.
 * Never run by the tests.
 *
 * <p>Reaches the modules it measures through their public entry points.
 */
package io.capshift.bench;
