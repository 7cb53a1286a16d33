/**
 * Fund flows: from shares outstanding and NAV to daily flows, rolling sums, z-scores and reversals.
 *
 * <p>Depends on the JDK and {@code domain.history} only.
 */
package io.capshift.domain.flows;
