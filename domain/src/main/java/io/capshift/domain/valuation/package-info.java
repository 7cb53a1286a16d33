/**
 * Valuation of an index or a fund from its constituents: aggregate P/E under each negative-
 * earnings policy, yields, concentration, published figures, and small against large.
 *
 * <p>Depends on the JDK and the domain only.
 */
package io.capshift.domain.valuation;
