package io.capshift.application.port.in;

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
  CAPSHIFT_TARGET_RANGES,
  /**
   * Shiller's monthly table (ie_data) converted to CSV: date YYYY-MM, price, D, E, CPI, GS10, CAPE.
   */
  SHILLER_MONTHLY,
  /**
   * The datahub copy of Shiller's table (Date, SP500, Dividend, Earnings, …, PE10); 0 = missing.
   */
  SHILLER_DATAHUB,
  /** Goyal–Welch monthly predictors (yyyymm, Index, D12, E12, …, lty …). */
  GOYAL_WELCH_MONTHLY,
  /**
   * A single-series CSV with a date column and one value column: FRED's {@code
   * observation_date,SERIES} and {@code DATE,SERIES} forms and datahub's {@code Date,Rate}; "." or
   * blank = missing.
   */
  DATED_SERIES,
  /** S&amp;P DJI quarterly operating and as-reported EPS with estimates. */
  SPDJI_QUARTERLY_EPS,
  /** S&amp;P DJI's S&amp;P 500 / 400 / 600 P/E and projected growth table. */
  SPDJI_INDEX_PE_TABLE,
  /** capshift's own published-metrics CSV: index_id, date, metric, value, source. */
  CAPSHIFT_INDEX_METRICS,
  /** FOMC calendar CSV {@code date,unscheduled,forecast,confcall} (QubitLogic, 1980–2023). */
  FOMC_CALENDAR_FLAGS,
  /** FOMC statement dates CSV {@code event_date,event_name,event_type}. */
  FOMC_EVENT_DATES,
  /** FOMC calendar JSON {@code {meta, meetings[{year,start_date,end_date,is_sep}]}}. */
  FOMC_CALENDAR_JSON,
  /** FOMC actions CSV {@code Date (M/D/YYYY),Type,…,Scheduled FOMC,Unscheduled FOMC,SEP,…}. */
  FOMC_ACTIONS,
  /** A headerless list of FOMC dates, one {@code YYYY-MM-DD} a line. */
  FOMC_DATE_LIST,
  /**
   * Barchart's 30-day fed funds futures contract list ({@code "Exp Date",Symbol,"Contract
   * Name",Last,…}): the live strip at the file's date.
   */
  BARCHART_FED_FUNDS_CONTRACTS,
  /** capshift's own futures strip CSV: {@code # as_of:} then {@code contract_month,price}. */
  CAPSHIFT_FUTURES_STRIP,
  ETF_OVERVIEW_SNAPSHOTS,
  WISDOMTREE_WEIGHTS_WIDE,
  YAHOO_DAILY_PRICES,
  FRENCH_PORTFOLIOS,
  CAPSHIFT_FUND_FLOWS,
  /** CME FedWatch's download for one meeting, {@code FedMeeting_YYYYMMDD.csv}. */
  CME_FEDWATCH_MEETING,
  /** CME FedWatch's consolidated download of every meeting, {@code FedMeetingHistory_*.csv}. */
  CME_FEDWATCH_HISTORY,
  /** Daily records of CME FedWatch's page, one row per day, meeting and range. */
  CME_FEDWATCH_PAGES,
  /** S&amp;P DJI's S&amp;P 500 consensus EPS estimates as published on successive dates. */
  SPDJI_EPS_ESTIMATE_SNAPSHOTS,
  /** A Finviz screener export of every US-listed stock: company fundamentals at its date. */
  FINVIZ_EXPORT,
  /** capshift's own company fundamentals CSV, documented in docs/data-formats.md. */
  CAPSHIFT_FUNDAMENTALS,
  /**
   * The SEC's ticker-to-CIK maps, {@code company_tickers.json} or {@code
   * company_tickers_exchange.json}.
   */
  SEC_COMPANY_TICKERS,
  /** One SEC XBRL frame from the frames API, e.g. {@code us-gaap/NetIncomeLoss/USD/CY2024}. */
  SEC_XBRL_FRAME
}
