package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.FundFact;
import io.capshift.application.port.in.FundFlows;
import io.capshift.application.port.in.FundHoldings;
import io.capshift.application.port.in.FundProfile;
import io.capshift.domain.common.Figure;
import io.capshift.domain.flows.FlowAnalysis;
import io.capshift.domain.flows.Reversal;
import io.capshift.domain.flows.RollingFlow;
import io.capshift.domain.funds.SectorWeight;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Renders fund profiles, comparisons and flows as text. */
public final class FundText {
  private static final List<String> FACT_ROWS =
      List.of(
          "nav",
          "price",
          "assets",
          "pe",
          "dividend_yield",
          "expense_ratio",
          "shares_outstanding",
          "holdings");
  private static final String ROW = "%-30s";
  private static final String CELL = "%16s";

  private FundText() {}

  /** One fund: its holdings (look-through, sectors, turnover) and its facts, each dated. */
  public static String profile(FundProfile p) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "%s%s; data version %d",
                p.fundId(),
                p.asked().map(d -> " as of " + d).orElse(" (latest data)"),
                p.dataVersion()));
    if (p.holdings().isEmpty()) {
      out.append(Text.line("holdings: %s", p.holdingsNote()));
    }
    p.holdings().ifPresent(h -> holdings(out, h));
    out.append(
        p.facts().isEmpty()
            ? "facts: none stored (import the ETF overview snapshots for fund-level facts)\n"
            : Text.line(
                "facts, as the publisher states them, from %s:", p.facts().get(0).source()));
    for (FundFact f : p.facts()) {
      out.append(
          Text.line(
              "  %-20s %16s  %-45s %s%s",
              f.name(),
              cell(f, f),
              f.unit(),
              f.date(),
              f.gapDays() > 0 ? " (" + f.gapDays() + " days before)" : ""));
    }
    return out.toString();
  }

  private static void holdings(StringBuilder out, FundHoldings h) {
    var c = h.valuation().concentration();
    out.append(
        Text.line(
            "holdings: %,d from %s, %s",
            h.lookThrough().holdings(),
            h.datasetId(),
            h.undated()
                ? "undated (imported " + h.asOf() + "; their age is not known)"
                : "dated "
                    + h.asOf()
                    + (h.gapDays() > 0 ? " (" + h.gapDays() + " days before)" : "")));
    out.append(
        Text.line(
            "  total value %.2f billion USD; top-10 weight %s; Herfindahl %s;"
                + " effective number of names %s",
            h.valuation().totalValue() / 1e9,
            Text.percent(c.top10Weight()),
            Text.figure(c.herfindahl(), "%.4f"),
            Text.figure(c.effectiveNumber(), "%.1f")));
    out.append(
        Text.line(
            "  P/E look-through (aggregate, losses in) %s; fund-site P/E (harmonic,"
                + " losses out, capped at 60) %s",
            Text.figure(h.valuation().priceEarnings(), "%.2f"),
            Text.figure(h.fundSitePe(), "%.2f")));
    var l = h.lookThrough();
    out.append(
        Text.line(
            "  unprofitable holdings %d (%s of value); earnings unknown %d (%s)",
            l.unprofitable(),
            Text.pct(l.unprofitableWeight()),
            l.earningsUnknown(),
            Text.pct(l.earningsUnknownWeight())));
    h.fundamentals()
        .ifPresentOrElse(
            j -> {
              out.append(LookThroughText.join("  ", j.join()));
              if (j.join().matched() > 0) {
                out.append(LookThroughText.policies("  ", j));
                out.append(LookThroughText.figures("  ", j));
              }
            },
            () ->
                out.append(
                    Text.line(
                        "  weighted average market cap: n/a (%s)",
                        l.weightedAverageMarketCapReason().orElse("not given"))));
    h.notes().forEach(n -> out.append(Text.line("  note: %s", n)));
    out.append("  sector weights:");
    for (SectorWeight s : l.sectors()) {
      out.append(
          String.format(
              Locale.US,
              "%n    %-30s %7s  %,5d holdings",
              s.sector(),
              Text.pct(s.weight()),
              s.holdings()));
    }
    out.append(Text.line("%n    %-30s %7s", "(no sector label)", Text.pct(l.unlabelledWeight())));
    h.turnover()
        .ifPresentOrElse(
            t ->
                out.append(
                    Text.line(
                        "  turnover %s -> %s: %s one-way by"
                            + " weight; %d names added, %d removed, %d kept",
                        t.from(), t.to(), Text.pct(t.oneWay()), t.added(), t.removed(), t.kept())),
            () -> out.append("  turnover: no earlier holdings snapshot stored\n"));
  }

  /** Funds side by side, one column each, with the date and source of every figure. */
  public static String comparison(List<FundProfile> funds) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "%d funds%s; data version %d",
                funds.size(),
                funds
                    .get(0)
                    .asked()
                    .map(d -> " as of " + d + ": each fund's latest data on or before it")
                    .orElse(", latest data"),
                funds.get(0).dataVersion()));
    row(out, "", funds, FundProfile::fundId);
    row(
        out,
        "holdings snapshot",
        funds,
        p -> p.holdings().map(h -> h.undated() ? "undated" : h.asOf().toString()).orElse("none"));
    row(
        out,
        "  days before the date",
        funds,
        p ->
            p.holdings()
                .map(h -> h.undated() ? "unknown" : Long.toString(h.gapDays()))
                .orElse("-"));
    row(
        out,
        "  holdings (count)",
        funds,
        p ->
            p.holdings()
                .map(h -> String.format(Locale.US, "%,d", h.lookThrough().holdings()))
                .orElse("-"));
    row(
        out,
        "  top-10 weight",
        funds,
        h(h -> Text.percent(h.valuation().concentration().top10Weight())));
    row(
        out,
        "  effective number of names",
        funds,
        h(h -> Text.figure(h.valuation().concentration().effectiveNumber(), "%.1f")));
    row(out, "  P/E look-through", funds, h(h -> brief(h.valuation().priceEarnings())));
    row(out, "  fund-site P/E", funds, h(h -> brief(h.fundSitePe())));
    row(
        out,
        "  unprofitable weight",
        funds,
        h(h -> Text.pct(h.lookThrough().unprofitableWeight())));
    row(
        out,
        "facts (NAV) date",
        funds,
        p -> navOrFirst(p).map(f -> f.date().toString()).orElse("none"));
    row(
        out,
        "  days before the date",
        funds,
        p -> navOrFirst(p).map(f -> Long.toString(f.gapDays())).orElse("-"));
    for (String name : FACT_ROWS) {
      row(
          out,
          "  " + name,
          funds,
          p -> p.fact(name).map(f -> cell(f, navOrFirst(p).get())).orElse("-"));
    }
    out.append("sources:\n");
    for (FundProfile p : funds) {
      out.append(
          Text.line(
              "  %-6s holdings: %s; facts: %s",
              p.fundId(),
              p.holdings()
                  .map(
                      h ->
                          h.datasetId()
                              + " ("
                              + h.valuation().type()
                              + " snapshot"
                              + (h.undated()
                                  ? ", undated: imported " + h.asOf() + ", its age not known"
                                  : "")
                              + ")")
                  .orElse(p.holdingsNote()),
              p.facts().isEmpty() ? "none stored" : p.facts().get(0).source()));
    }
    out.append(
        "units: nav and price USD per share; assets USD; yields and expense ratios"
            + " decimal; pe multiple; shares and holdings counts. * = dated other than the NAV;"
            + " 'capshift fund ID --as-of D' shows each fact's date and why a P/E is undefined.\n");
    return out.toString();
  }

  /** A fund's flows: totals, the rolling sums, their z-scores and the reversals. */
  public static String flows(FundFlows f) {
    StringBuilder out =
        new StringBuilder(Text.line("%s fund flows; data version %d", f.fundId(), f.dataVersion()));
    out.append(
        Text.line(
            "daily: %s%s",
            f.dailySource(),
            f.unpricedDaily() > 0
                ? "; "
                    + f.unpricedDaily()
                    + " share changes had no NAV or price near and are left out"
                : ""));
    if (f.repeatedDays() > 0) {
      out.append(
          Text.line(
              "  %d observations repeat a business day of the fund's NAV (weekend or early"
                  + " scrapes): not counted",
              f.repeatedDays()));
    }
    f.missingUpdates()
        .forEach(
            r ->
                out.append(
                    Text.line(
                        "  missing updates: shares outstanding unchanged %s .. %s (%d business"
                            + " days): their flows are unknown, not zero, and left out",
                        r.from(), r.to(), r.businessDays())));
    f.daily().ifPresent(a -> analysis(out, a));
    out.append(Text.line("between holdings files: %s", f.holdingsSource()));
    f.betweenHoldings().ifPresent(a -> analysis(out, a));
    return out.toString();
  }

  private static void analysis(StringBuilder out, FlowAnalysis a) {
    if (a.flows().isEmpty()) {
      out.append("  no flows in the period asked\n");
      return;
    }
    out.append(
        Text.line(
            "  %d flows %s .. %s, total %s; window %d flows, reversal threshold" + " %.1f sd",
            a.flows().size(),
            a.flows().get(0).date(),
            a.flows().get(a.flows().size() - 1).date(),
            usd(a.totalUsd()),
            a.window(),
            a.k()));
    if (a.window() == 1) {
      a.flows()
          .forEach(
              p ->
                  out.append(Text.line("    %s  %s  (%s)", p.date(), usd(p.flowUsd()), p.basis())));
    }
    if (!a.rolling().isEmpty()) {
      RollingFlow last = a.rolling().get(a.rolling().size() - 1);
      out.append(
          Text.line(
              "  latest rolling flow %s on %s%s%s",
              usd(last.sumUsd()),
              last.date(),
              last.shareOfAssets().isPresent()
                  ? " (" + Text.pct(last.shareOfAssets().getAsDouble()) + " of assets)"
                  : "",
              last.zScore().isPresent()
                  ? String.format(Locale.US, ", z-score %+.2f", last.zScore().getAsDouble())
                  : ""));
    }
    out.append(Text.line("  reversals (%d): %s", a.reversals().size(), a.reversalDefinition()));
    for (Reversal r : a.reversals()) {
      out.append(
          Text.line(
              "    %s  %-8s %s -> %s, confirmed %s at %s (%.2f sd)",
              r.date(),
              r.inflow() ? "inflow" : "outflow",
              usd(r.beforeUsd()),
              usd(r.afterUsd()),
              r.confirmedOn(),
              usd(r.confirmedUsd()),
              r.sizeInSd()));
    }
  }

  private static java.util.Optional<FundFact> navOrFirst(FundProfile p) {
    return p.fact("nav").or(() -> p.facts().stream().findFirst());
  }

  private static String cell(FundFact f, FundFact reference) {
    String v =
        f.name().equals("holdings") || f.name().equals("volume")
            ? String.format(Locale.US, "%,.0f", f.value())
            : number(f.value());
    return f.date().equals(reference.date()) ? v : v + "*";
  }

  private static Function<FundProfile, String> h(Function<FundHoldings, String> f) {
    return p -> p.holdings().map(f).orElse("-");
  }

  private static void row(
      StringBuilder out,
      String label,
      List<FundProfile> funds,
      Function<FundProfile, String> cell) {
    out.append(String.format(Locale.US, ROW, label));
    funds.forEach(p -> out.append(String.format(Locale.US, CELL, cell.apply(p))));
    out.append('\n');
  }

  private static String brief(Figure f) {
    return f.isDefined() ? String.format(Locale.US, "%.2f", f.getAsDouble()) : "n/a";
  }

  /** A number for a table cell: billions and millions abbreviated, small values to 4 places. */
  public static String number(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return String.format(Locale.US, "%.2f bn", v / 1e9);
    }
    if (a >= 1e6) {
      return String.format(Locale.US, "%.2f m", v / 1e6);
    }
    return a != 0 && a < 0.1
        ? String.format(Locale.US, "%.4f", v)
        : String.format(Locale.US, "%.2f", v);
  }

  private static String usd(double v) {
    return number(v) + " USD";
  }
}
