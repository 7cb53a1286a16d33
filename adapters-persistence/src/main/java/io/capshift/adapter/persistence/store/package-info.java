/**
 * The file store behind {@code DatasetRepository}: checksummed files, atomic and durable writes,
 * one writer process at a time.
 *
 * <p>Depends on {@code application.port} and the domain only.
 */
package io.capshift.adapter.persistence.store;
