package io.capshift.domain.fundamentals;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a look-through join matched and what it could not, reported with every look-through answer.
 *
 * @param holdingsAsOf the date of the holdings (or constituents)
 * @param at the date the answer is for; no fundamentals dated after it were read
 * @param holdings number of holdings
 * @param totalValue Σ holding value, USD (or percent of the fund for a weights file)
 * @param matched holdings joined to a company with figures
 * @param matchedWeight their share of {@code totalValue}, decimal
 * @param matchedByCik of {@code matched}, those joined through the CIK because the ticker was not
 *     found (a share class or a renamed ticker)
 * @param unmatched the holdings not joined, largest first
 * @param capMismatch matched holdings left out of the market-cap-scaled sums, with the reason
 * @param filled figures filled from another source's row of the same company (by CIK)
 * @param earningsByIncome matched holdings whose earnings are {@code value × net income / market
 *     cap}
 * @param earningsByEps matched holdings without net income whose earnings are {@code value × EPS /
 *     price}
 * @param sources every fundamentals dataset considered, used or not, with ages
 */
public record JoinReport(
    LocalDate holdingsAsOf,
    LocalDate at,
    int holdings,
    double totalValue,
    int matched,
    double matchedWeight,
    int matchedByCik,
    List<Miss> unmatched,
    List<Miss> capMismatch,
    int filled,
    int earningsByIncome,
    int earningsByEps,
    List<SourceUse> sources) {

  public JoinReport {
    Objects.requireNonNull(holdingsAsOf, "holdingsAsOf");
    Objects.requireNonNull(at, "at");
    unmatched = List.copyOf(unmatched);
    capMismatch = List.copyOf(capMismatch);
    sources = List.copyOf(sources);
  }

  /**
   * The same join reported at {@code date}, with {@code uses} as its sources: for another date
   * whose usable sources are the same ({@link
   * FundamentalsJoin#join(io.capshift.domain.valuation.ConstituentSnapshot, FundamentalsJoin.Plan,
   * JoinRules, java.util.function.Function)}).
   */
  public JoinReport redated(LocalDate date, List<SourceUse> uses) {
    return new JoinReport(
        holdingsAsOf,
        date,
        holdings,
        totalValue,
        matched,
        matchedWeight,
        matchedByCik,
        unmatched,
        capMismatch,
        filled,
        earningsByIncome,
        earningsByEps,
        uses);
  }

  /** Whether any fundamentals were used. */
  public boolean anyUsed() {
    return sources.stream().anyMatch(SourceUse::used);
  }

  /**
   * A holding left out.
   *
   * @param symbol its ticker in the holdings
   * @param name its name in the holdings
   * @param weight its share of the holdings' value, decimal
   * @param reason why
   */
  public record Miss(String symbol, String name, double weight, String reason) {}

  /**
   * One fundamentals dataset and how the join used it.
   *
   * @param datasetId the stored dataset
   * @param source publisher and file
   * @param asOf the date of its figures
   * @param undated whether the file gave no date ({@code asOf} is its import day)
   * @param ageDays days from {@code asOf} to the answer's date
   * @param gapDays days from the holdings' date to {@code asOf}: positive when the fundamentals are
   *     later than the holdings, negative when earlier
   * @param used whether its rows were joined
   * @param figures whether it gives company figures, not only identities (a ticker map)
   * @param note why it was left out, or what it gave (figures, or identities only)
   */
  public record SourceUse(
      String datasetId,
      String source,
      LocalDate asOf,
      boolean undated,
      long ageDays,
      long gapDays,
      boolean used,
      boolean figures,
      String note) {}
}
