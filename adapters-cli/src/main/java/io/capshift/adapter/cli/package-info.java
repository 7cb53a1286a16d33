/**
 * The {@code capshift} command line: its commands and the options they share, run on a {@code
 * CliBackend} that opens stores and serves.
 *
 * <p>Depends on {@code application.port}, the domain, {@code cli.line} (the parser) and {@code
 * cli.render}; never on another adapter.
 */
package io.capshift.adapter.cli;
