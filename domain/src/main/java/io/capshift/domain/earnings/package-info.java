/**
 * Earnings now and ahead: trailing and forward EPS from quarterly sheets or calendar-year
 * estimates, growth, and what they imply at a price (P/E, PEG, earnings yield, equity risk
 * premium).
 *
 * <p>Depends on the JDK and {@code domain.common} only.
 */
package io.capshift.domain.earnings;
