/**
 * The readers of the file formats capshift imports, each declaring its format in {@code
 * FileFormats}, and the built-in reference data.
 *
 * <p>Depends on {@code application.port} and the domain only.
 */
package io.capshift.adapter.persistence.importer;
