/**
 * The command line's parser: commands and options declared on fields ({@link
 * io.capshift.adapter.cli.line.Command}, {@link io.capshift.adapter.cli.line.Option}), read by
 * {@link io.capshift.adapter.cli.line.CommandModel}. Small on purpose: a command runs for a
 * fraction of a second, and a general-purpose library's start-up was a third of it.
 *
 * <p>Depends on nothing of capshift.
 */
package io.capshift.adapter.cli.line;
