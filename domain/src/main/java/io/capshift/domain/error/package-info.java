/**
 * The business outcomes that end a request, each with a stable {@code Reason}, a message any client
 * may see and a detail only the operator sees.
 *
 * <p>Depends on the JDK only.
 */
package io.capshift.domain.error;
