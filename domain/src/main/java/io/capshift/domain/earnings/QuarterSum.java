package io.capshift.domain.earnings;

import io.capshift.domain.common.Result;
import io.capshift.domain.history.Months;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Four consecutive calendar quarters picked from a list of quarterly earnings and summed on one EPS
 * basis; a failure naming the missing quarters unless all four have EPS on it.
 */
final class QuarterSum {
  final List<QuarterlyEarnings> quarters;
  final double sum;
  final boolean includesEstimates;

  private QuarterSum(List<QuarterlyEarnings> quarters, double sum, boolean includesEstimates) {
    this.quarters = quarters;
    this.sum = sum;
    this.includesEstimates = includesEstimates;
  }

  /** The first calendar quarter end strictly after {@code date}. */
  static LocalDate quarterEndAfter(LocalDate date) {
    LocalDate end = quarterEndOf(date);
    return end.isAfter(date) ? end : plusQuarters(end, 1);
  }

  /** The last calendar quarter end on or before {@code date}. */
  static LocalDate quarterEndOnOrBefore(LocalDate date) {
    LocalDate end = quarterEndOf(date);
    return end.equals(date) ? end : plusQuarters(end, -1);
  }

  /**
   * The four quarters ending {@code first}, first + 1 quarter, … (calendar quarter ends).
   *
   * @param what "next four quarters after 2025-10-29", for messages
   */
  static Result<QuarterSum> of(
      List<QuarterlyEarnings> all, LocalDate first, EpsBasis basis, String what) {
    Map<LocalDate, QuarterlyEarnings> byEnd = index(all);
    List<QuarterlyEarnings> picked = new ArrayList<>(4);
    List<String> problems = new ArrayList<>();
    double sum = 0;
    boolean estimates = false;
    for (int k = 0; k < 4; k++) {
      LocalDate end = plusQuarters(first, k);
      QuarterlyEarnings q = byEnd.get(end);
      OptionalDouble eps = q == null ? OptionalDouble.empty() : eps(q, basis);
      if (eps.isEmpty()) {
        problems.add(q == null ? "no quarter ending " + end : "no " + label(basis) + " for " + end);
        continue;
      }
      picked.add(q);
      sum += eps.getAsDouble();
      estimates |= q.status() != QuarterlyEarnings.Status.ACTUAL;
    }
    if (!problems.isEmpty()) {
      return Result.failure(what + " incomplete: " + String.join("; ", problems));
    }
    return Result.success(new QuarterSum(List.copyOf(picked), sum, estimates));
  }

  /** "operating EPS, next four quarters after …: 2025-12-31 71.87 (partial) + … = 298.80". */
  String describe(EpsBasis basis, String what) {
    List<String> terms = new ArrayList<>(4);
    for (QuarterlyEarnings q : quarters) {
      terms.add(
          String.format(
              Locale.US,
              "%s %.2f%s",
              q.quarterEnd(),
              eps(q, basis).getAsDouble(),
              q.status() == QuarterlyEarnings.Status.ACTUAL
                  ? ""
                  : " (" + q.status().name().toLowerCase(Locale.US) + ")"));
    }
    return String.format(
        Locale.US, "%s, %s: %s = %.2f", label(basis), what, String.join(" + ", terms), sum);
  }

  static OptionalDouble eps(QuarterlyEarnings q, EpsBasis basis) {
    return basis == EpsBasis.OPERATING ? q.operatingEps() : q.asReportedEps();
  }

  static String label(EpsBasis basis) {
    return basis == EpsBasis.OPERATING ? "operating EPS" : "as-reported EPS";
  }

  private static Map<LocalDate, QuarterlyEarnings> index(List<QuarterlyEarnings> all) {
    Map<LocalDate, QuarterlyEarnings> byEnd = new HashMap<>(all.size() * 2);
    for (QuarterlyEarnings q : all) {
      QuarterlyEarnings before = byEnd.putIfAbsent(q.quarterEnd(), q);
      if (before != null && !before.equals(q)) {
        throw new IllegalArgumentException(
            "quarters has two different entries for quarter end " + q.quarterEnd());
      }
    }
    return byEnd;
  }

  private static LocalDate quarterEndOf(LocalDate date) {
    int lastMonth = (date.getMonthValue() + 2) / 3 * 3;
    return YearMonth.of(date.getYear(), lastMonth).atEndOfMonth();
  }

  /** The calendar quarter end {@code quarters} quarters from {@code quarterEnd}. */
  static LocalDate plusQuarters(LocalDate quarterEnd, int quarters) {
    return Months.of(quarterEnd).plusMonths(3L * quarters).atEndOfMonth();
  }
}
