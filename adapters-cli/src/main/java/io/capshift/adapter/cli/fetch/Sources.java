package io.capshift.adapter.cli.fetch;

import io.capshift.application.port.in.ImportFormat;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publishers {@code capshift fetch} reads, each at its own public address (overridable, so a
 * test or a mirror can stand in): what is downloaded, under which file name it is imported, and the
 * publisher's terms and cadence for people. docs/data-sources.md lists the same.
 */
public final class Sources {
  /**
   * One download.
   *
   * @param source the source's name, e.g. {@code fred}
   * @param uri where it is read
   * @param fileName the name it is imported under (formats and target ids read it)
   * @param format how it is imported
   * @param asOf the date it is stored under when the file states none (a download of today)
   * @param zipped whether the body is a zip holding the one CSV to import
   */
  public record Download(
      String source,
      URI uri,
      String fileName,
      ImportFormat format,
      Optional<LocalDate> asOf,
      boolean zipped) {}

  /**
   * A publisher.
   *
   * @param name as the command line names it
   * @param publisher who publishes it
   * @param terms the publisher's terms, in short
   * @param cadence how often it changes
   * @param base the default base address
   */
  public record Source(String name, String publisher, String terms, String cadence, String base) {}

  /** The sources in the order fetched. */
  public static final List<Source> ALL =
      List.of(
          new Source(
              "fred",
              "Federal Reserve Bank of St. Louis (FRED), series of the Board of Governors and"
                  + " S&P Dow Jones Indices",
              "public domain for the Federal Reserve's series; S&P 500 level under S&P's terms",
              "daily",
              "https://fred.stlouisfed.org/graph/fredgraph.csv"),
          new Source(
              "french",
              "Kenneth R. French data library (Tuck School of Business)",
              "free for research use, cite the library",
              "monthly",
              "https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp"),
          new Source(
              "shiller",
              "Robert Shiller's monthly S&P 500 data, the datahub.io mirror (CSV)",
              "ODC-PDDL per the mirror; Shiller's data free to use with attribution",
              "monthly",
              "https://raw.githubusercontent.com/datasets/s-and-p-500/main/data"),
          new Source(
              "ishares",
              "BlackRock iShares, each fund's holdings download",
              "iShares website terms: personal, non-commercial use",
              "daily (as-of dates at month ends for history)",
              "https://www.ishares.com/us/products"),
          new Source(
              "sec",
              "U.S. Securities and Exchange Commission (ticker maps, XBRL frames)",
              "public; the SEC's fair-access policy: a User-Agent naming a contact, at most 10"
                  + " requests a second",
              "daily (tickers), as filings arrive (frames)",
              "https://www.sec.gov"));

  /** FRED series and why each is read. */
  static final Map<String, String> FRED_SERIES = new LinkedHashMap<>();

  static {
    FRED_SERIES.put("DFF", "effective federal funds rate, daily");
    FRED_SERIES.put("DFEDTARU", "target range upper bound, daily");
    FRED_SERIES.put("DFEDTARL", "target range lower bound, daily");
    FRED_SERIES.put("DFEDTAR", "target rate before the ranges, 1982-09-27 to 2008-12-15, daily");
    FRED_SERIES.put("DGS10", "10-year Treasury constant maturity, daily");
    FRED_SERIES.put("DGS2", "2-year Treasury constant maturity, daily");
    FRED_SERIES.put("SP500", "S&P 500 level, daily (last ten years)");
  }

  /** French library files (zipped CSV) and the name the CSV inside is imported under. */
  static final Map<String, String> FRENCH_FILES = new LinkedHashMap<>();

  static {
    FRENCH_FILES.put("Portfolios_Formed_on_ME_CSV.zip", "Portfolios_Formed_on_ME.csv");
    FRENCH_FILES.put("Portfolios_Formed_on_E-P_CSV.zip", "Portfolios_Formed_on_E-P.csv");
    FRENCH_FILES.put("F-F_Research_Data_Factors_CSV.zip", "F-F_Research_Data_Factors.csv");
    FRENCH_FILES.put(
        "F-F_Research_Data_5_Factors_2x3_CSV.zip", "F-F_Research_Data_5_Factors_2x3.csv");
  }

  /** iShares funds: product id and page name, as the product page's holdings link has them. */
  static final Map<String, String[]> ISHARES_FUNDS = new LinkedHashMap<>();

  static {
    ISHARES_FUNDS.put("IWM", new String[] {"239710", "ishares-russell-2000-etf"});
    ISHARES_FUNDS.put("IJR", new String[] {"239774", "ishares-core-sp-smallcap-etf"});
    ISHARES_FUNDS.put("IWN", new String[] {"239714", "ishares-russell-2000-value-etf"});
    ISHARES_FUNDS.put("IWO", new String[] {"239709", "ishares-russell-2000-growth-etf"});
    ISHARES_FUNDS.put("IVV", new String[] {"239726", "ishares-core-sp-500-etf"});
  }

  /** The SEC frames read: concept, unit, and whether it is a balance (an instant frame). */
  static final List<String[]> SEC_FRAMES =
      List.of(
          new String[] {"us-gaap", "NetIncomeLoss", "USD", "flow"},
          new String[] {"us-gaap", "EarningsPerShareDiluted", "USD-per-shares", "flow"},
          new String[] {"us-gaap", "StockholdersEquity", "USD", "balance"},
          new String[] {"dei", "EntityCommonStockSharesOutstanding", "shares", "balance"});

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private final Map<String, String> bases;

  /**
   * @param overrides base addresses by source name, in place of the publishers' own
   */
  public Sources(Map<String, String> overrides) {
    bases = new LinkedHashMap<>();
    for (Source s : ALL) {
      bases.put(s.name(), strip(overrides.getOrDefault(s.name(), s.base())));
    }
  }

  /** Whether {@code ticker} is a fund whose holdings the {@code ishares} source fetches. */
  public static boolean isIsharesFund(String ticker) {
    return ISHARES_FUNDS.containsKey(ticker.toUpperCase(Locale.US));
  }

  /** The source named {@code name}. */
  public static Optional<Source> named(String name) {
    return ALL.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }

  /**
   * What {@code source} downloads at {@code today}; iShares also each month end from {@code since}.
   */
  public List<Download> downloads(String source, LocalDate today, Optional<LocalDate> since) {
    String base = bases.get(source);
    List<Download> out = new ArrayList<>();
    switch (source) {
      case "fred" ->
          FRED_SERIES
              .keySet()
              .forEach(
                  id ->
                      out.add(
                          new Download(
                              source,
                              URI.create(base + "?id=" + id),
                              id + ".csv",
                              ImportFormat.DATED_SERIES,
                              Optional.empty(),
                              false)));
      case "french" ->
          FRENCH_FILES.forEach(
              (zip, csv) ->
                  out.add(
                      new Download(
                          source,
                          URI.create(base + "/" + zip),
                          csv,
                          ImportFormat.FRENCH_PORTFOLIOS,
                          Optional.empty(),
                          true)));
      case "shiller" ->
          out.add(
              new Download(
                  source,
                  URI.create(base + "/data.csv"),
                  "datahub_s-and-p-500_data.csv",
                  ImportFormat.SHILLER_DATAHUB,
                  Optional.empty(),
                  false));
      case "ishares" -> {
        List<LocalDate> dates = new ArrayList<>();
        since.ifPresent(
            d -> {
              for (LocalDate m = d.withDayOfMonth(d.lengthOfMonth());
                  m.isBefore(today);
                  m = m.plusMonths(1).withDayOfMonth(m.plusMonths(1).lengthOfMonth())) {
                dates.add(m);
              }
            });
        ISHARES_FUNDS.forEach(
            (ticker, page) -> {
              String link =
                  base
                      + "/"
                      + page[0]
                      + "/"
                      + page[1]
                      + "/1467271812596.ajax?fileType=csv&fileName="
                      + ticker
                      + "_holdings&dataType=fund";
              for (LocalDate d : dates) {
                out.add(
                    new Download(
                        source,
                        URI.create(link + "&asOfDate=" + d.format(BASIC)),
                        ticker + "_holdings_" + d + ".csv",
                        ImportFormat.ISHARES_HOLDINGS,
                        Optional.empty(),
                        false));
              }
              out.add(
                  new Download(
                      source,
                      URI.create(link),
                      ticker + "_holdings.csv",
                      ImportFormat.ISHARES_HOLDINGS,
                      Optional.empty(),
                      false));
            });
      }
      case "sec" -> {
        out.add(
            new Download(
                source,
                URI.create(base + "/files/company_tickers.json"),
                "company_tickers.json",
                ImportFormat.SEC_COMPANY_TICKERS,
                Optional.of(today),
                false));
        String data = base.replace("://www.sec.gov", "://data.sec.gov");
        for (String[] f : SEC_FRAMES) {
          for (String period : periods(today, f[3].equals("balance"))) {
            out.add(
                new Download(
                    source,
                    URI.create(
                        data
                            + "/api/xbrl/frames/"
                            + f[0]
                            + "/"
                            + f[1]
                            + "/"
                            + f[2]
                            + "/"
                            + period
                            + ".json"),
                    f[1] + "_" + period + "_" + today + ".json",
                    ImportFormat.SEC_XBRL_FRAME,
                    Optional.of(today),
                    false));
          }
        }
      }
      default -> throw new IllegalArgumentException("unknown source " + source);
    }
    return out;
  }

  /**
   * The calendar periods trailing twelve months need at {@code today}: last year and the quarters
   * of this year and last year ended by then (filings lag, so a quarter's frame may not exist yet:
   * the fetch reports it and goes on); for balances the instants of the last two quarter ends.
   */
  static List<String> periods(LocalDate today, boolean balance) {
    int y = today.getYear();
    int lastQuarter = (today.getMonthValue() - 1) / 3; // quarters of this year ended by today
    List<String> out = new ArrayList<>();
    if (balance) {
      LocalDate end = today.withDayOfMonth(1).minusDays(1);
      for (int k = 0, found = 0; found < 2 && k < 6; k++) {
        LocalDate m = end.minusMonths(k);
        if (m.getMonthValue() % 3 == 0) {
          out.add(String.format(Locale.US, "CY%dQ%dI", m.getYear(), m.getMonthValue() / 3));
          found++;
        }
      }
      return out;
    }
    out.add("CY" + (y - 1));
    for (int q = 1; q <= lastQuarter && q <= 3; q++) {
      out.add("CY" + y + "Q" + q);
      out.add("CY" + (y - 1) + "Q" + q);
    }
    return out;
  }

  private static String strip(String base) {
    return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }
}
