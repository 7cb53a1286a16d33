package io.capshift.domain.earnings;

import io.capshift.domain.earnings.QuarterlyEarnings.Status;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;

/**
 * S&amp;P 500 quarterly EPS typed from the project file {@code
 * /work/shared/data/sp-dji-eps-estimates/sp500_quarterly_eps_pe_1988Q1-2026Q4E.csv} (S&amp;P Dow
 * Jones Indices, file date 2026-01-30), 2024Q3 to 2026Q4E. USD per index share; prices in points.
 */
final class SpDjiQuarters {
  static final QuarterlyEarnings Q2024_3 = actual("2024-09-30", 5762.48488336912, 59.16, 51.99);
  static final QuarterlyEarnings Q2024_4 = actual("2024-12-31", 5881.62764821408, 61.21, 57.69);
  static final QuarterlyEarnings Q2025_1 = actual("2025-03-31", 5611.85260681762, 57.51, 53.89);
  static final QuarterlyEarnings Q2025_2 = actual("2025-06-30", 6204.95395238961, 64.01, 58.96);
  static final QuarterlyEarnings Q2025_3 = actual("2025-09-30", 6688.45903689016, 72.03, 63.52);

  /** "partial: 46.5% of issues reported at file date 2026-01-30". */
  static final QuarterlyEarnings Q2025_4 =
      new QuarterlyEarnings(
          LocalDate.parse("2025-12-31"),
          Status.PARTIAL,
          OptionalDouble.of(6845.50470615758),
          OptionalDouble.of(71.87),
          OptionalDouble.of(70.10335675548683));

  static final QuarterlyEarnings Q2026_1 = estimate("2026-03-31", 69.65, 65.54237478805514);
  static final QuarterlyEarnings Q2026_2 = estimate("2026-06-30", 76.01, 70.8406165184561);
  static final QuarterlyEarnings Q2026_3 = estimate("2026-09-30", 81.27, 76.24002922714934);
  static final QuarterlyEarnings Q2026_4 = estimate("2026-12-31", 83.31, 81.37810834589327);

  /** Newest first, as the file lists them. */
  static final List<QuarterlyEarnings> ALL =
      List.of(
          Q2026_4, Q2026_3, Q2026_2, Q2026_1, Q2025_4, Q2025_3, Q2025_2, Q2025_1, Q2024_4, Q2024_3);

  private SpDjiQuarters() {}

  static QuarterlyEarnings actual(String end, double price, double op, double asReported) {
    return new QuarterlyEarnings(
        LocalDate.parse(end),
        Status.ACTUAL,
        OptionalDouble.of(price),
        OptionalDouble.of(op),
        OptionalDouble.of(asReported));
  }

  static QuarterlyEarnings estimate(String end, double op, double asReported) {
    return new QuarterlyEarnings(
        LocalDate.parse(end),
        Status.ESTIMATE,
        OptionalDouble.empty(),
        OptionalDouble.of(op),
        OptionalDouble.of(asReported));
  }
}
