/**
 * The command line's answers as text, SVG charts and an HTML page.
 *
 * <p>Depends on {@code application.port} and the domain only.
 */
package io.capshift.adapter.cli.render;
