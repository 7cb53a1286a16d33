/**
 * What a fund holds: look-through of its holdings (sectors, unprofitable holdings) and its turnover
 * between two snapshots.
 *
 * <p>Depends on the JDK and the domain only.
 */
package io.capshift.domain.funds;
