package io.capshift.adapter.cli.line;

import java.io.PrintWriter;

/**
 * What a running command is given ({@link Spec}): where answers and messages go, and its name.
 *
 * @param out where answers go
 * @param err where progress, warnings and errors go
 * @param qualifiedName {@code capshift fedwatch}
 */
public record Invocation(PrintWriter out, PrintWriter err, String qualifiedName) {}
