package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Kenneth French's data library CSVs: portfolios formed on size (ME) or E/P, and the factor files.
 * They hold several tables, each under a title line; capshift keeps the monthly return tables (rows
 * {@code YYYYMM}) and skips the annual ones, firm counts and average sizes. A value-weighted
 * table's columns become {@code vw_<column>}, an equal-weighted one's {@code ew_<column>}, a factor
 * table's just {@code <column>}: {@code Lo 20} → {@code lo20}, {@code Qnt 2} → {@code q2}, {@code
 * 2-Dec} → {@code d2}, {@code <= 0} → {@code neg}, {@code Mkt-RF} → {@code mkt_rf}. Returns are
 * percent in the file and stored as decimals; {@code -99.99} and {@code -999} are absent points. A
 * month is its first day. Target: {@code ff-size}, {@code ff-ep}, {@code ff-factors} or {@code
 * ff-factors5} from the file name, else the user's id.
 */
final class FrenchPortfoliosReader implements FormatReader {
  /** Its format, told by its first lines. */
  static final FileFormat FORMAT =
      FileFormat.csv(
          ImportFormat.FRENCH_PORTFOLIOS,
          Detection.byLine(
              l ->
                  l.text().startsWith("thisfilewascreatedusingthe")
                      || l.cells().size() > 1
                          && l.cells().get(0).isEmpty()
                          && (l.has("mkt-rf") || l.has("lo20") || l.has("lo30"))),
          false,
          FrenchPortfoliosReader::new);

  private static final Pattern MONTH = Pattern.compile("\\d{6}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final String UNIT = "decimal monthly return (0.0153 = 1.53%)";

  @Override
  public ParseResult read(CsvReader csv, ImportSource source) {
    String target = Targets.fromSource(source).orElseGet(() -> targetOf(csv.fileName()));
    ImportTally tally = new ImportTally(ImportFormat.FRENCH_PORTFOLIOS);
    Map<String, TreeMap<LocalDate, Double>> series = new LinkedHashMap<>();
    Set<String> skippedTables = new LinkedHashSet<>();
    String title = null;
    List<String> columns = null;
    boolean keep = false;
    int absent = 0;
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.isBlank() || r.fields().stream().allMatch(f -> Text.clean(f).isEmpty())) {
        columns = null;
        continue;
      }
      String first = Text.clean(r.get(0));
      if (first.isEmpty() && r.size() > 1) {
        columns =
            r.fields().subList(1, r.size()).stream().map(FrenchPortfoliosReader::name).toList();
        keep =
            columns.contains("mkt_rf")
                || (title != null && title.contains("Returns") && !title.contains("Annual"));
        if (!keep) {
          skippedTables.add(title == null ? "untitled" : title);
        }
      } else if (MONTH.matcher(first).matches() && columns != null) {
        if (keep) {
          tally.read();
          absent += row(csv, r, prefix(title, columns), columns, series);
          tally.stored();
        }
      } else if (!YEAR.matcher(first).matches()) {
        title = String.join(" ", r.fields()).strip();
        columns = null;
      }
    }
    if (series.isEmpty()) {
      throw csv.malformed(0, 0, "no monthly return table found");
    }
    List<TimeSeries> out = new ArrayList<>();
    LocalDate last = LocalDate.MIN;
    for (Map.Entry<String, TreeMap<LocalDate, Double>> e : series.entrySet()) {
      if (e.getValue().isEmpty()) {
        continue;
      }
      out.add(
          TimeSeries.of(
              target + ":" + e.getKey(),
              UNIT,
              e.getValue().entrySet().stream()
                  .map(p -> new Observation(p.getKey(), p.getValue()))
                  .toList()));
      last = e.getValue().lastKey().isAfter(last) ? e.getValue().lastKey() : last;
    }
    tally.note(
        "stored "
            + out.size()
            + " monthly return series ("
            + out.stream()
                .map(s -> s.id().substring(target.length() + 1) + " " + s.size())
                .reduce((a, b) -> a + ", " + b)
                .orElse("")
            + ")");
    tally.note(
        absent
            + " cells of -99.99 or -999 are absent points; skipped tables: "
            + (skippedTables.isEmpty() ? "none" : String.join("; ", skippedTables))
            + "; annual tables skipped");
    return Records.one(
        new ParsedDataset(
            target,
            tally.asOf(source, java.util.Optional.of(last)),
            "Kenneth R. French data library, " + Targets.baseName(csv.fileName()),
            new DatasetContent.SeriesSet(out)),
        tally);
  }

  /** Reads one month's row into {@code series}; returns the number of absent cells. */
  private static int row(
      CsvReader csv,
      CsvRecord r,
      String prefix,
      List<String> columns,
      Map<String, TreeMap<LocalDate, Double>> series) {
    String first = Text.clean(r.get(0));
    LocalDate month =
        LocalDate.of(Integer.parseInt(first.substring(0, 4)), monthOf(csv, r, first), 1);
    int absent = 0;
    for (int i = 0; i < columns.size() && i + 1 < r.size(); i++) {
      String cell = Text.clean(r.get(i + 1));
      if (cell.isEmpty() || cell.equals("-99.99") || cell.equals("-999")) {
        absent++;
        continue;
      }
      double v;
      try {
        v = NumberStyle.PLAIN.parse(cell);
      } catch (NumberFormatException e) {
        throw csv.malformed(
            r.lines()[i + 1],
            r.columns()[i + 1],
            "expected a percent return, found " + Text.quote(cell));
      }
      TreeMap<LocalDate, Double> points =
          series.computeIfAbsent(prefix + columns.get(i), k -> new TreeMap<>());
      if (points.put(month, v / 100) != null) {
        throw csv.malformed(
            r.line(),
            r.columns()[0],
            "month " + first + " is given twice in" + " the table of " + prefix + columns.get(i));
      }
    }
    return absent;
  }

  private static int monthOf(CsvReader csv, CsvRecord r, String yyyymm) {
    int m = Integer.parseInt(yyyymm.substring(4));
    if (m < 1 || m > 12) {
      throw csv.malformed(
          r.line(), r.columns()[0], "expected a month yyyymm, found " + Text.quote(yyyymm));
    }
    return m;
  }

  private static String prefix(String title, List<String> columns) {
    if (columns.contains("mkt_rf") || title == null) {
      return "";
    }
    return title.contains("Equal Weight") ? "ew_" : title.contains("Value Weight") ? "vw_" : "";
  }

  /** {@code Lo 20} → lo20, {@code Qnt 2} → q2, {@code 2-Dec} → d2, {@code <= 0} → neg. */
  static String name(String column) {
    String c = Text.clean(column).toLowerCase(Locale.US);
    if (c.startsWith("<=")) {
      return "neg";
    }
    if (c.matches("\\d+-dec")) {
      return "d" + c.substring(0, c.indexOf('-'));
    }
    return c.replace("qnt ", "q").replace(" ", "").replace('-', '_');
  }

  private static String targetOf(String fileName) {
    String base = Targets.baseName(fileName);
    if (base.startsWith("Portfolios_Formed_on_ME")) {
      return "ff-size";
    }
    if (base.startsWith("Portfolios_Formed_on_E-P")) {
      return "ff-ep";
    }
    if (base.startsWith("F-F_Research_Data_5_Factors")) {
      return "ff-factors5";
    }
    if (base.startsWith("F-F_Research_Data_Factors")) {
      return "ff-factors";
    }
    throw InvalidInputException.of(
        "target_id",
        "cannot tell which French table "
            + Text.quote(base)
            + " is: give a target id (--id ff-size)");
  }
}
