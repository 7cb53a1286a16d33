/**
 * The rotation call: the rule ({@code RotationSignalCalculator}) that the live signal and its
 * month-by-month backtest share, the backtest's performance statistics, and scenarios of small
 * against large.
 *
 * <p>Depends on the JDK and the domain only.
 */
package io.capshift.domain.signal;
