/**
 * What capshift offers: one use case per user intent with its query and result records, the dataset
 * vocabulary the callers see, and {@code UseCases}, every use case of one opened store.
 *
 * <p>Depends on the domain only.
 */
package io.capshift.application.port.in;
