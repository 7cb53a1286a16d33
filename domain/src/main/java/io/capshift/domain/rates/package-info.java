/**
 * Rates: the CME FedWatch method on fed funds futures (meeting-by-meeting probabilities of each
 * target range), the FOMC calendar and target ranges, and what a rate change does to earnings
 * through floating-rate debt.
 *
 * <p>Depends on the JDK and the domain only.
 */
package io.capshift.domain.rates;
