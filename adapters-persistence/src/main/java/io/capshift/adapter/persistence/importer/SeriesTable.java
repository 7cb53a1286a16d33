package io.capshift.adapter.persistence.importer;

import io.capshift.domain.history.Observation;
import io.capshift.domain.history.TimeSeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Reads a table with one date column and value columns, each value column feeding one series {@code
 * <target>:<name>}. A cell without a value is an absent point, never a zero. Rows may come in any
 * order (series are stored in date order); a date given twice is an error. A row with no value at
 * all is skipped and counted.
 */
final class SeriesTable {

  /** How a cell becomes a value. */
  enum Cell {
    /** A plain decimal, stored as is. */
    PLAIN,
    /** A decimal that may have thousands separators ("5,881.63"), stored as is. */
    GROUPED,
    /** A percent (4.25), stored as a decimal rate (0.0425). */
    PERCENT
  }

  /**
   * A value column and the series it feeds.
   *
   * @param header the column's name in the file (matched ignoring case)
   * @param name the series name: the part after {@code <target>:}
   * @param unit the unit stored with the series
   * @param cell how the cell is read
   */
  record Column(String header, String name, String unit, Cell cell) {}

  /**
   * What a format's table looks like.
   *
   * @param dateColumn the date column's name
   * @param dates the date styles accepted, tried in order (one or two)
   * @param columns the value columns; every one of them must be in the header
   * @param optional value columns read when the header has them
   * @param noData cell texts that mean "no value" besides a blank cell, e.g. "NaN" or "."
   * @param zeroIsMissing whether a 0 is a filler for "no value" (datahub's copy of Shiller)
   */
  record Spec(
      String dateColumn,
      List<DateStyle> dates,
      List<Column> columns,
      List<Column> optional,
      List<String> noData,
      boolean zeroIsMissing) {

    /** The names a header must have: the date column and every required value column. */
    List<String> requiredHeaders() {
      List<String> names = new ArrayList<>(List.of(dateColumn));
      columns.forEach(c -> names.add(c.header()));
      return names;
    }
  }

  private final Spec spec;
  private String target;
  private final List<Column> columns = new ArrayList<>();
  private final Map<String, List<Observation>> points = new LinkedHashMap<>();
  private final Map<String, Integer> missing = new HashMap<>();
  private final Map<String, Integer> zeros = new HashMap<>();
  private final String[] noData;
  private List<TimeSeries> built;

  private SeriesTable(Spec spec, Header header, String target) {
    this.spec = spec;
    this.target = target;
    this.noData = spec.noData().toArray(String[]::new);
    columns.addAll(spec.columns());
    spec.optional().stream().filter(c -> header.has(c.header())).forEach(columns::add);
    columns.forEach(c -> points.put(c.name(), new ArrayList<>()));
  }

  /**
   * Reads every data row after {@code header} into series named {@code <target>:<name>}.
   *
   * @throws io.capshift.domain.error.MalformedFileException on a malformed cell, a repeated date,
   *     or when no column has any value
   */
  static SeriesTable read(
      CsvReader csv, Header header, Spec spec, String target, ImportTally tally) {
    SeriesTable table = new SeriesTable(spec, header, target);
    Map<LocalDate, Long> seen = new HashMap<>();
    for (CsvRecord r = Records.nextContent(csv); r != null; r = Records.nextContent(csv)) {
      tally.read();
      table.row(new Row(csv, header, r), seen, tally);
    }
    if (table.points.values().stream().allMatch(List::isEmpty)) {
      throw csv.malformed(0, 0, "no usable row: no value column has a value");
    }
    return table;
  }

  private void row(Row row, Map<LocalDate, Long> seen, ImportTally tally) {
    LocalDate date = date(row);
    Long earlier = seen.putIfAbsent(date, row.line());
    if (earlier != null) {
      throw row.error(spec.dateColumn(), "date " + date + " is already given on line " + earlier);
    }
    int stored = 0;
    for (Column c : columns) {
      OptionalDouble v = value(row, c);
      if (v.isPresent()) {
        points.get(c.name()).add(new Observation(date, v.getAsDouble()));
        stored++;
      }
    }
    if (stored == 0) {
      String reason = columns.size() == 1 ? "no value" : "no value in any column";
      tally.skip(row.line(), row.text(spec.dateColumn()), reason);
    } else {
      tally.stored();
    }
  }

  private LocalDate date(Row row) {
    List<DateStyle> styles = spec.dates();
    return styles.size() == 1
        ? row.date(spec.dateColumn(), styles.get(0))
        : row.date(spec.dateColumn(), styles.get(0), styles.get(1));
  }

  private OptionalDouble value(Row row, Column c) {
    OptionalDouble v =
        switch (c.cell()) {
          case PLAIN -> row.number(c.header(), NumberStyle.PLAIN, noData);
          case GROUPED -> row.number(c.header(), NumberStyle.GROUPED, noData);
          case PERCENT -> row.percent(c.header(), noData);
        };
    if (v.isEmpty()) {
      missing.merge(c.name(), 1, Integer::sum);
    } else if (spec.zeroIsMissing() && v.getAsDouble() == 0) {
      zeros.merge(c.name(), 1, Integer::sum);
      return OptionalDouble.empty();
    }
    return v;
  }

  /** The series with at least one point, in column order, each in date order. */
  List<TimeSeries> series() {
    if (built != null) {
      return built;
    }
    List<TimeSeries> out = new ArrayList<>();
    for (Column c : columns) {
      List<Observation> obs = new ArrayList<>(points.get(c.name()));
      if (!obs.isEmpty()) {
        obs.sort(Comparator.comparing(Observation::date));
        out.add(TimeSeries.of(target + ":" + c.name(), c.unit(), obs));
      }
    }
    built = List.copyOf(out);
    return built;
  }

  /** Stores the series under another target from now on. */
  void retarget(String newTarget) {
    target = newTarget;
    built = null;
  }

  /** The last date on which series {@code name} has a value. */
  Optional<LocalDate> lastDate(String name) {
    return points.getOrDefault(name, List.of()).stream()
        .map(Observation::date)
        .max(Comparator.naturalOrder());
  }

  /** Notes what was stored, what was absent and which columns gave nothing. */
  void note(ImportTally tally) {
    List<TimeSeries> stored = series();
    tally.note(
        "stored "
            + stored.size()
            + " series (points): "
            + stored.stream().map(s -> s.id() + " " + s.size()).collect(Collectors.joining(", ")));
    columns.stream()
        .filter(c -> points.get(c.name()).isEmpty())
        .forEach(c -> tally.note("column '" + c.header() + "' has no value: no series stored"));
    if (!missing.isEmpty()) {
      tally.note("cells without a value are absent points, not zeros: " + counts(missing));
    }
    if (spec.zeroIsMissing()) {
      int total = zeros.values().stream().mapToInt(Integer::intValue).sum();
      String which = total > 0 ? " (" + counts(zeros) + ")" : "";
      tally.note(total + " zero-filled points read as missing, not stored" + which);
    }
  }

  /** "dividend 36, earnings 36": the counts of {@code byName}, in column order. */
  private String counts(Map<String, Integer> byName) {
    return columns.stream()
        .filter(c -> byName.containsKey(c.name()))
        .map(c -> c.name() + " " + byName.get(c.name()))
        .collect(Collectors.joining(", "));
  }
}
