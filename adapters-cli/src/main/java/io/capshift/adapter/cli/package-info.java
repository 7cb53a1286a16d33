/**
 * The {@code capshift} command line: picocli commands and the options they share, run on a {@code
 * CliBackend} that opens stores and serves.
 *
 * <p>Depends on {@code application.port}, the domain, picocli and {@code cli.render}; never on
 * another adapter.
 */
package io.capshift.adapter.cli;
