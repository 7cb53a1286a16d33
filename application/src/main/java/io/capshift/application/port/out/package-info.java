/**
 * What capshift needs from outside: the dataset repository, the file parser, the built-in default
 * data, and the dataset contents that cross them.
 *
 * <p>Depends on the domain and {@code port.in} only.
 */
package io.capshift.application.port.out;
