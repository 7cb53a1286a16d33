package io.capshift.adapter.cli.render;

import io.capshift.domain.rates.CoverageBucket;
import io.capshift.domain.rates.InterestCoverage;
import io.capshift.domain.rates.RateSensitivity;
import io.capshift.domain.rates.RateSensitivityCalculator;
import io.capshift.domain.rates.SensitivityAssumptions;
import java.util.OptionalDouble;

/** Renders the answer of {@code capshift sensitivity} as text. */
public final class SensitivityText {
  private SensitivityText() {}

  /** The earnings effect of a rate change on index {@code id}, every assumption with its source. */
  public static String render(String id, RateSensitivity s) {
    SensitivityAssumptions a = s.assumptions();
    return Text.line(
            "%s: a %+.0f bp rate change moves earnings by %+.2f%%",
            id, s.rateChange() * 1e4, s.earningsChange() * 100)
        + Text.line("  rate change             %s", s.rateChangeSource())
        + Text.line(
            "  floating share of debt  %.2f   (%s)",
            a.floatingDebtShare(), a.floatingDebtShareSource())
        + Text.line(
            "  debt / earnings         %.2fx  (%s)", a.debtToEarnings(), a.debtToEarningsSource())
        + Text.line("  tax rate                %.2f   (%s)", a.taxRate(), a.taxRateSource())
        + Text.line("  formula                 %s", s.formula())
        + Text.line(
            "  per 25 bp cut           %+.2f%% of earnings (rule of thumb for the"
                + " Russell 2000: +%.0f%%)",
            s.earningsChangePer25bpCut() * 100,
            RateSensitivityCalculator.RULE_OF_THUMB_PER_25BP * 100)
        + s.interestCoverage()
            .map(SensitivityText::coverage)
            .orElse(
                "  interest coverage       n/a: no stored constituents of this index report EBIT"
                    + " and interest expense\n");
  }

  private static String coverage(InterestCoverage c) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "  interest coverage       EBIT / interest of %d of %d constituents (%.1f%% of"
                    + " value); median %s, value-weighted median %s",
                c.namesWithData(),
                c.names(),
                c.valueShareWithData() * 100,
                multiple(c.median()),
                multiple(c.valueWeightedMedian())));
    out.append(
        Text.line(
            "    below %.1fx: %d names, %.1f%% of the value with data",
            c.thresholdMultiple(), c.namesBelowThreshold(), c.valueShareBelowThreshold() * 100));
    for (CoverageBucket b : c.buckets()) {
      out.append(
          Text.line("    %-20s %5d names  %5.1f%%", b.label(), b.names(), b.valueShare() * 100));
    }
    return out.toString();
  }

  private static String multiple(OptionalDouble v) {
    return v.isPresent() ? String.format(java.util.Locale.US, "%.2fx", v.getAsDouble()) : "n/a";
  }
}
