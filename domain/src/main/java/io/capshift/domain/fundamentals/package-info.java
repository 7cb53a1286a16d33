/**
 * Company fundamentals at a date and how a fund's holdings join them: normalised tickers, SEC XBRL
 * frames combined into trailing twelve months, and the look-through join.
 */
package io.capshift.domain.fundamentals;
