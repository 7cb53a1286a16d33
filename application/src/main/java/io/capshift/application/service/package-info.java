/**
 * The use cases: each loads through the outbound ports, calls the domain, and returns domain
 * results; computed results are cached with Caffeine, keyed by the store's data version.
 *
 * <p>Depends on the domain, the ports, {@code jakarta.inject} and Caffeine only.
 */
package io.capshift.application.service;
