package io.capshift.bench;

import io.capshift.adapter.cli.Report;
import io.capshift.bootstrap.Capshift;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Times the full report's computation (every section {@code capshift report} prints) on a store
 * opened afresh, so every cache starts empty and every dataset is read and verified from disk.
 */
public final class ReportTiming {
  private ReportTiming() {}

  /**
   * One cold report.
   *
   * @return {milliseconds to open the store, milliseconds to compute the report, sections}
   */
  public static double[] once(Path store, LocalDate date) {
    long t0 = System.nanoTime();
    try (Capshift c = Capshift.open(store, Clock.systemUTC())) {
      long t1 = System.nanoTime();
      int sections = Report.sections(c, date).size();
      long t2 = System.nanoTime();
      return new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, sections};
    }
  }

  /** The report's sections that lacked data, by title (to check the store is complete). */
  public static java.util.List<String> lacking(Path store, LocalDate date) {
    try (Capshift c = Capshift.open(store, Clock.systemUTC())) {
      return Report.lacking(Report.sections(c, date));
    }
  }
}
