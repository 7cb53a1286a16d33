package io.capshift.adapter.cli.render;

import io.capshift.domain.common.Coverage;
import io.capshift.domain.fundamentals.JoinReport;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.funds.NonPositiveEarners;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a look-through (holdings joined to company fundamentals): what matched, from which
 * fundamentals and how old, then the figures only a look-through gives.
 */
public final class LookThroughText {
  private static final int LISTED = 8;

  private LookThroughText() {}

  /** A gap between holdings and fundamentals beyond which the answer warns: a year. */
  static final int WIDE_GAP_DAYS = 365;

  /** The join: matched share, the fundamentals' ages and the date gap, what did not match. */
  public static String join(String indent, JoinReport r) {
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "%slook-through at %s: %,d of %,d holdings joined to company fundamentals, %s of"
                + " value (%d through the CIK of a share class or renamed ticker)",
            indent,
            r.at(),
            r.matched(),
            r.holdings(),
            Text.pct(r.matchedWeight()),
            r.matchedByCik()));
    for (JoinReport.SourceUse u : r.sources()) {
      out.append(
          Text.line(
              "%s  %s %s: %s, %d days old at %s, %s the holdings of %s%s",
              indent,
              u.used() ? "used" : "left out",
              u.datasetId(),
              u.note(),
              u.ageDays(),
              r.at(),
              u.gapDays() == 0
                  ? "dated as"
                  : Math.abs(u.gapDays()) + (u.gapDays() > 0 ? " days after" : " days before"),
              r.holdingsAsOf(),
              u.undated() ? " (undated: its date is the import day)" : ""));
      // a ticker map's identities age slowly; company figures do not
      if (u.used() && u.figures() && Math.abs(u.gapDays()) > WIDE_GAP_DAYS) {
        out.append(
            Text.line(
                "%s    WIDE GAP: the holdings of %s are valued at the figures of %s (%,d days"
                    + " apart); the companies' earnings and market caps may differ much",
                indent, r.holdingsAsOf(), u.asOf(), Math.abs(u.gapDays())));
      }
    }
    if (r.matched() > 0) {
      out.append(
          Text.line(
              "%s  earnings: %,d by net income x value / market cap, %,d by EPS x value / price"
                  + (r.filled() > 0 ? "; %,d figures filled from another source by CIK" : ""),
              indent,
              r.earningsByIncome(),
              r.earningsByEps(),
              r.filled()));
    }
    misses(out, indent, "not matched", r.unmatched());
    misses(
        out,
        indent,
        "market cap disagrees with shares x price (out of earnings, book and debt)",
        r.capMismatch());
    return out.toString();
  }

  private static void misses(
      StringBuilder out, String indent, String title, List<JoinReport.Miss> misses) {
    if (misses.isEmpty()) {
      return;
    }
    double weight = misses.stream().mapToDouble(JoinReport.Miss::weight).sum();
    out.append(
        Text.line(
            "%s  %s: %,d holdings, %s of value; largest: %s%s",
            indent,
            title,
            misses.size(),
            Text.pct(weight),
            misses.stream()
                .limit(LISTED)
                .map(m -> m.symbol() + " " + Text.pct(m.weight()))
                .collect(Collectors.joining(", ")),
            misses.size() > LISTED ? ", ..." : ""));
    misses.stream()
        .filter(m -> !m.reason().equals("ticker not found"))
        .limit(LISTED)
        .forEach(m -> out.append(Text.line("%s    %s: %s", indent, m.symbol(), m.reason())));
  }

  /** The trailing P/E under each negative-earnings policy, one line. */
  public static String policies(String indent, HoldingsValuation v) {
    return Text.line(
        "%sP/E from the look-through: %s",
        indent,
        v.valuations().stream()
            .map(x -> x.policy() + " " + Text.figure(x.priceEarnings(), "%.2f"))
            .collect(Collectors.joining("; ")));
  }

  /** The figures a look-through adds to the index ones. */
  public static String figures(String indent, HoldingsValuation v) {
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "%s%-30s%s  (%s)",
            indent,
            "Forward P/E (x)",
            Text.figure(v.forwardPriceEarnings(), "%.2f"),
            coverage(v.forwardCoverage())));
    out.append(
        Text.line(
            "%s%-30s%s  (forward over trailing earnings of the same holdings; %s)",
            indent,
            "Earnings growth",
            v.earningsGrowth().isDefined()
                ? String.format(Locale.US, "%+.2f%%", 100 * v.earningsGrowth().getAsDouble())
                : Text.figure(v.earningsGrowth(), "%f"),
            coverage(v.growthCoverage())));
    NonPositiveEarners np = v.nonPositive();
    out.append(
        Text.line(
            "%s%-30s%,d of %,d holdings with earnings (%s of names), %s of their value, %s of"
                + " all holdings' value",
            indent,
            "Earnings <= 0",
            np.count(),
            np.withEarnings(),
            Text.pct(np.nameShare()),
            Text.pct(np.coveredWeight()),
            Text.pct(np.weight())));
    out.append(
        Text.line(
            "%s%-30s%s  (value-weighted, companies with positive book equity)",
            indent, "Median ROE", Text.percent(v.medianReturnOnEquity())));
    out.append(
        Text.line(
            "%s%-30s%s  (attributed debt / attributed book equity)",
            indent, "Debt/equity (x)", Text.figure(v.debtToEquity(), "%.2f")));
    out.append(
        Text.line(
            "%s%-30s%s",
            indent,
            "Share of the fund covered",
            Text.percent(v.fundCoverage())
                + (v.holdings().fundFacts().listedShare().isPresent()
                    ? String.format(
                        Locale.US,
                        "  (the file lists %s of the fund; %s of that matched)",
                        Text.pct(v.holdings().fundFacts().listedShare().getAsDouble()),
                        Text.pct(v.join().matchedWeight()))
                    : "")));
    out.append(
        Text.line(
            "%s%-30s%s",
            indent,
            "Sectors",
            v.sectors().stream()
                    .limit(6)
                    .map(s -> s.sector() + " " + Text.pct(s.weight()))
                    .collect(Collectors.joining(", "))
                + (v.sectors().size() > 6 ? ", ..." : "")));
    return out.toString();
  }

  private static String coverage(Coverage c) {
    return String.format(
        Locale.US, "%,d/%,d names, %s of value", c.used(), c.total(), Text.pct(c.usedWeight()));
  }
}
