/**
 * Dated series and what history says: statistics of a value against its past, month-keyed views
 * ({@code Months}, {@code PairedReturns}), monthly returns, first cuts of easing cycles and the
 * event study after them.
 *
 * <p>Depends on the JDK and the domain only.
 */
package io.capshift.domain.history;
