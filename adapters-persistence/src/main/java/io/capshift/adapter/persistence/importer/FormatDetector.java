package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.domain.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells a file's format from its first lines: the header of each format is distinctive. Reads only
 * the bytes given (the first {@link #PEEK_BYTES} of the file).
 */
final class FormatDetector {
  static final int PEEK_BYTES = 64 * 1024;
  private static final int MAX_LINES = 30;
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final List<ImportFormat> KNOWN =
      Arrays.stream(ImportFormat.values()).filter(f -> f != ImportFormat.AUTO).toList();

  private FormatDetector() {}

  /**
   * @throws InvalidInputException on field {@code format} when no format fits
   */
  static ImportFormat detect(byte[] head, String fileName) {
    List<String> lines = firstLines(head);
    if (isFomcCalendarJson(lines)) {
      return ImportFormat.FOMC_CALENDAR_JSON;
    }
    boolean first = true;
    for (String raw : lines) {
      String line = normalise(raw);
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("ticker,") && line.contains("assetclass")) {
        return ImportFormat.ISHARES_HOLDINGS;
      }
      if (line.startsWith("fundholdingsasof,")) {
        return ImportFormat.ISHARES_HOLDINGS;
      }
      if (line.startsWith("thisfilewascreatedusingthe")) {
        return ImportFormat.FRENCH_PORTFOLIOS;
      }
      ImportFormat byHeader = byHeader(line);
      if (byHeader != null) {
        return byHeader;
      }
      if (first && ISO_DATE.matcher(line).matches()) {
        return ImportFormat.FOMC_DATE_LIST;
      }
      first = false;
    }
    throw InvalidInputException.of(
        "format",
        "cannot tell the format of "
            + Text.quote(Targets.baseName(fileName))
            + " from its first lines; name the format, one of "
            + KNOWN);
  }

  /** A JSON object (its first character '{') with a "meetings" member among its first lines. */
  private static boolean isFomcCalendarJson(List<String> lines) {
    String text = String.join("\n", lines).replace("\uFEFF", "").strip();
    return text.startsWith("{") && text.contains("\"meetings\"");
  }

  private static ImportFormat byHeader(String line) {
    List<String> cells = List.of(line.split(",", -1));
    if (cells.contains("symbol")
        && cells.contains("marketcap")
        && cells.contains("price/earnings")) {
      return ImportFormat.SP500_FINANCIALS;
    }
    if (cells.contains("symbol") && cells.contains("value_usd")) {
      return ImportFormat.CAPSHIFT_CONSTITUENTS;
    }
    if (cells.contains("start_date") && cells.contains("decision_date")) {
      return ImportFormat.CAPSHIFT_FOMC_MEETINGS;
    }
    if (cells.contains("date") && cells.contains("unscheduled") && cells.contains("confcall")) {
      return ImportFormat.FOMC_CALENDAR_FLAGS;
    }
    if (cells.contains("event_date") && cells.contains("event_type")) {
      return ImportFormat.FOMC_EVENT_DATES;
    }
    if (cells.contains("date")
        && cells.contains("type")
        && cells.contains("scheduledfomc")
        && cells.contains("unscheduledfomc")) {
      return ImportFormat.FOMC_ACTIONS;
    }
    if (cells.contains("effective_date") && cells.contains("upper_percent")) {
      return ImportFormat.CAPSHIFT_TARGET_RANGES;
    }
    if (cells.contains("index_id") && cells.contains("metric") && cells.contains("value")) {
      return ImportFormat.CAPSHIFT_INDEX_METRICS;
    }
    if (cells.contains("contract_month") && cells.contains("price")) {
      return ImportFormat.CAPSHIFT_FUTURES_STRIP;
    }
    if (cells.contains("date") && cells.contains("fund") && cells.contains("flow_usd")) {
      return ImportFormat.CAPSHIFT_FUND_FLOWS;
    }
    if (cells.contains("date_utc") && cells.contains("ticker") && cells.contains("nav")) {
      return ImportFormat.ETF_OVERVIEW_SNAPSHOTS;
    }
    if (cells.size() > 2 && cells.get(0).isEmpty() && cells.get(cells.size() - 1).equals("sum")) {
      return ImportFormat.WISDOMTREE_WEIGHTS_WIDE;
    }
    if (cells.contains("date")
        && cells.contains("close")
        && cells.contains("open")
        && cells.contains("high")
        && cells.contains("low")) {
      return ImportFormat.YAHOO_DAILY_PRICES;
    }
    if (cells.size() > 1
        && cells.get(0).isEmpty()
        && (cells.contains("mkt-rf") || cells.contains("lo20") || cells.contains("lo30"))) {
      return ImportFormat.FRENCH_PORTFOLIOS;
    }
    return publisherTable(cells);
  }

  private static ImportFormat publisherTable(List<String> cells) {
    if (cells.contains("date") && cells.contains("sp_comp_price")) {
      return ImportFormat.SHILLER_MONTHLY;
    }
    if (cells.contains("date") && cells.contains("sp500") && cells.contains("pe10")) {
      return ImportFormat.SHILLER_DATAHUB;
    }
    if (cells.contains("yyyymm") && cells.contains("e12")) {
      return ImportFormat.GOYAL_WELCH_MONTHLY;
    }
    if (cells.contains("expdate")
        && cells.contains("symbol")
        && cells.contains("contractname")
        && cells.contains("last")) {
      return ImportFormat.BARCHART_FED_FUNDS_CONTRACTS;
    }
    if (cells.contains("quarter_end") && cells.contains("operating_eps_qtr")) {
      return ImportFormat.SPDJI_QUARTERLY_EPS;
    }
    if (cells.contains("index")
        && cells.contains("sector")
        && cells.stream().anyMatch(c -> c.startsWith("oper_pe_"))) {
      return ImportFormat.SPDJI_INDEX_PE_TABLE;
    }
    if (cells.size() == 2
        && DatedSeriesReader.DATE_COLUMNS.contains(cells.get(0))
        && !cells.get(1).isEmpty()) {
      return ImportFormat.DATED_SERIES;
    }
    return null;
  }

  /** Lower case without quotes, spaces or a byte-order mark, so "Market Cap" is "marketcap". */
  private static String normalise(String line) {
    return line.replaceAll("[\"\\s\\u00A0\\uFEFF]", "").toLowerCase(Locale.ROOT);
  }

  private static List<String> firstLines(byte[] head) {
    // Lenient (malformed bytes become U+FFFD): the cut may split a character; reading is strict.
    String text = new String(head, StandardCharsets.UTF_8);
    return text.lines().limit(MAX_LINES).toList();
  }
}
