package io.capshift.domain.funds;

/**
 * Holdings whose companies earned nothing or lost money over the trailing twelve months.
 *
 * @param count holdings with earnings {@code <= 0}
 * @param withEarnings holdings with earnings data (the names the share is of)
 * @param nameShare {@code count / withEarnings}, decimal; 0 when none has data
 * @param weight their share of the holdings' whole value, decimal
 * @param coveredWeight their share of the value of the holdings with earnings data, decimal
 */
public record NonPositiveEarners(
    int count, int withEarnings, double nameShare, double weight, double coveredWeight) {}
