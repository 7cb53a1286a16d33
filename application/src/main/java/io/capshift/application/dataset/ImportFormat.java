package io.capshift.application.dataset;

/** The file formats capshift reads. {@link #AUTO} detects the format from the content. */
public enum ImportFormat {
  /** Detect the format from the file's first lines. */
  AUTO,
  /**
   * The S&amp;P 500 constituents-financials table (Symbol, Name, Sector, Price, Price/Earnings,
   * Dividend Yield, Earnings/Share, …, Market Cap, …, Price/Sales, Price/Book).
   */
  SP500_FINANCIALS,
  /** An iShares "Detailed Holdings and Analytics" CSV as the fund site exports it. */
  ISHARES_HOLDINGS,
  /** capshift's own constituents CSV, documented in the README. */
  CAPSHIFT_CONSTITUENTS,
  /** capshift's own FOMC meetings CSV. */
  CAPSHIFT_FOMC_MEETINGS,
  /** capshift's own target-range CSV. */
  CAPSHIFT_TARGET_RANGES
}
