package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.common.Coverage;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.SkipCount;
import io.capshift.domain.valuation.Concentration;
import io.capshift.domain.valuation.IndexValuation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Renders valuations of one snapshot under one or more policies as a text table. */
public final class ValuationText {
  private static final String ROW = "%-30s";
  private static final String CELL = "%22s";

  private ValuationText() {}

  /** Valuations of one snapshot under one or more policies, side by side. */
  public static String render(List<IndexValuationResult> results) {
    StringBuilder out = new StringBuilder();
    Set<String> reasons = new LinkedHashSet<>();
    IndexValuationResult first = results.get(0);
    IndexValuation v = first.valuation();
    line(
        out,
        "%s (%s), as of %s; dataset %s, data version %d",
        v.id(),
        v.type().name().toLowerCase(Locale.US),
        first.dataset().undated() ? first.dataset().dating() : v.asOf(),
        first.dataset().datasetId(),
        first.dataVersion());
    line(
        out,
        "%,d constituents, total value %s",
        v.concentration().constituents(),
        usd(v.totalValue()));
    out.append('\n').append(String.format(Locale.US, ROW, "negative-earnings policy"));
    results.forEach(r -> out.append(String.format(Locale.US, CELL, r.valuation().policy())));
    out.append('\n');
    policyRow(
        out, results, "P/E, trailing aggregate (x)", r -> multiple(r.priceEarnings(), reasons));
    policyRow(out, results, "Earnings yield", r -> percent(r.earningsYield(), reasons));
    policyRow(out, results, "Names in the P/E", r -> used(r.earningsCoverage()));
    out.append('\n');
    line(
        out,
        ROW + "%s",
        "Weighted median P/E (x)",
        multiple(v.weightedMedianPriceEarnings(), reasons)
            + "  (value-weighted, positive earners)");
    line(
        out,
        ROW + "%s",
        "Dividend yield",
        percent(v.dividendYield(), reasons) + "  (" + used(v.dividendCoverage()) + " names)");
    line(
        out,
        ROW + "%s",
        "P/B (x)",
        multiple(v.priceBook(), reasons) + "  (" + used(v.bookCoverage()) + " names)");
    line(
        out,
        ROW + "%s",
        "P/S (x)",
        multiple(v.priceSales(), reasons) + "  (" + used(v.salesCoverage()) + " names)");
    line(
        out,
        ROW + "%,d names, %s of value",
        "Negative earners",
        v.negativeEarners().count(),
        pct(v.negativeEarners().weight()));
    concentration(out, v.concentration(), reasons);
    coverage(out, "Left out of the P/E", results);
    reasons.forEach(r -> line(out, "n/a: %s", r));
    first
        .lookThrough()
        .ifPresent(
            l -> {
              out.append('\n').append(LookThroughText.join("", l.join()));
              if (l.join().matched() > 0) {
                out.append(LookThroughText.figures("", l));
              }
            });
    first.notes().forEach(n -> line(out, "note: %s", n));
    return out.toString();
  }

  private static void concentration(StringBuilder out, Concentration c, Set<String> reasons) {
    line(out, ROW + "%s", "Top-10 weight", percent(c.top10Weight(), reasons));
    line(
        out,
        ROW + "%s  (effective number of names %s)",
        "Herfindahl",
        number(c.herfindahl(), "%.4f", reasons),
        number(c.effectiveNumber(), "%.1f", reasons));
  }

  private static void coverage(StringBuilder out, String title, List<IndexValuationResult> rs) {
    for (IndexValuationResult r : rs) {
      for (SkipCount s : r.valuation().earningsCoverage().skipped()) {
        line(
            out,
            "%s (%s): %s: %,d names, %s of value",
            title,
            r.valuation().policy(),
            s.reason(),
            s.count(),
            pct(s.weight()));
      }
    }
  }

  private static void policyRow(
      StringBuilder out,
      List<IndexValuationResult> rs,
      String label,
      Function<IndexValuation, String> cell) {
    out.append(String.format(Locale.US, ROW, label));
    rs.forEach(r -> out.append(String.format(Locale.US, CELL, cell.apply(r.valuation()))));
    out.append('\n');
  }

  private static String used(Coverage c) {
    return String.format(Locale.US, "%,d/%,d", c.used(), c.total());
  }

  private static String multiple(Figure f, Set<String> reasons) {
    return number(f, "%.2f", reasons);
  }

  private static String percent(Figure f, Set<String> reasons) {
    if (!f.isDefined()) {
      reasons.add(f.undefinedReason().orElseThrow());
      return "n/a";
    }
    return pct(f.getAsDouble());
  }

  private static String number(Figure f, String format, Set<String> reasons) {
    if (!f.isDefined()) {
      reasons.add(f.undefinedReason().orElseThrow());
      return "n/a";
    }
    return String.format(Locale.US, format, f.getAsDouble());
  }

  private static String pct(double decimal) {
    return String.format(Locale.US, "%.2f%%", decimal * 100);
  }

  private static String usd(double usd) {
    return usd >= 1e12
        ? String.format(Locale.US, "%.2f trillion USD", usd / 1e12)
        : String.format(Locale.US, "%.2f billion USD", usd / 1e9);
  }

  private static void line(StringBuilder out, String format, Object... args) {
    out.append(String.format(Locale.US, format, args)).append('\n');
  }
}
