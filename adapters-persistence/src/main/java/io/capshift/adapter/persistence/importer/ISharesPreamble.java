package io.capshift.adapter.persistence.importer;

import io.capshift.domain.valuation.FundFacts;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The lines of an iShares holdings file before its header: the as-of date and the fund's shares
 * outstanding, when given ("-" means not given).
 *
 * @param asOf from {@code Fund Holdings as of,"Apr 10, 2026"}
 * @param facts shares outstanding from {@code Shares Outstanding,"280,200,000.00"}
 * @param header the record that starts with "Ticker"
 */
record ISharesPreamble(Optional<LocalDate> asOf, FundFacts facts, CsvRecord header) {
  static final int MAX_LINES = 50;
  private static final DateTimeFormatter DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("MMM d, uuuu")
          .toFormatter(Locale.US);

  /** Reads up to and including the header. */
  static ISharesPreamble read(CsvReader csv) {
    Optional<LocalDate> asOf = Optional.empty();
    OptionalDouble shares = OptionalDouble.empty();
    for (int n = 0; n < MAX_LINES; n++) {
      CsvRecord r = csv.next();
      if (r == null) {
        break;
      }
      String key = Text.clean(r.get(0));
      String value = r.size() > 1 ? Text.clean(r.get(1)) : "";
      if (key.equalsIgnoreCase("Ticker")) {
        return new ISharesPreamble(asOf, new FundFacts(shares), r);
      } else if (key.equalsIgnoreCase("Fund Holdings as of") && !value.equals("-")) {
        asOf = Optional.of(date(csv, r, value));
      } else if (key.equalsIgnoreCase("Shares Outstanding") && !value.equals("-")) {
        shares = OptionalDouble.of(shares(csv, r, value));
      }
    }
    throw csv.malformed(
        0,
        0,
        "no holdings header (a line starting with 'Ticker') in the first " + MAX_LINES + " lines");
  }

  private static LocalDate date(CsvReader csv, CsvRecord r, String text) {
    try {
      return LocalDate.parse(text, DATE);
    } catch (DateTimeParseException e) {
      throw valueError(
          csv,
          r,
          "expected a date like 'Apr 10, 2026' after 'Fund Holdings as of', found "
              + Text.quote(text));
    }
  }

  private static double shares(CsvReader csv, CsvRecord r, String text) {
    try {
      double v = NumberStyle.GROUPED.parse(text);
      if (v >= 0) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw valueError(
        csv, r, "expected a share count after 'Shares Outstanding', found " + Text.quote(text));
  }

  /** An error at the value cell of a metadata line, or at its start when it has none. */
  private static RuntimeException valueError(CsvReader csv, CsvRecord r, String problem) {
    return r.size() > 1
        ? csv.malformed(r.lines()[1], r.columns()[1], problem)
        : csv.malformed(r.line(), 1, problem);
  }
}
