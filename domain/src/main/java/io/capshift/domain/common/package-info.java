/**
 * Values every part of the domain uses: a {@code Figure} that is a finite number or says why it is
 * undefined, a {@code Result} for outcomes that may have no value, and coverage (which inputs a
 * figure used and which it left out).
 *
 * <p>Depends on the JDK only.
 */
package io.capshift.domain.common;
