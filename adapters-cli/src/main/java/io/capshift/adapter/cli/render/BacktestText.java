package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.PerformanceStats;
import io.capshift.domain.signal.SignalRule;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/** Renders the answer of {@code capshift backtest} as text. */
public final class BacktestText {
  private BacktestText() {}

  /** The rule, its inputs, and each strategy's statistics over the full period and by decade. */
  public static String render(RunBacktestUseCase.Report r) {
    BacktestConfig c = r.query().config();
    SignalRule rule = c.rule();
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "Rotation backtest, monthly and point in" + " time; data version %d",
                r.dataVersion()));
    out.append(
        Text.line(
            "  rule: the signal at each month end (z-scores against each component's own history"
                + " so far, from %d values; %d-month momentum, policy rate's fall over %d months);"
                + " small above %+.2f sd, large below %+.2f, else 50/50; %.0f bp a full switch",
            rule.minHistory(),
            rule.momentumMonths(),
            rule.policyMonths(),
            rule.threshold(),
            -rule.threshold(),
            c.costPerSwitch() * 10_000));
    out.append(Text.line("  small: %s", r.smallSource()));
    out.append(Text.line("  large: %s", r.largeSource()));
    out.append(Text.line("  risk-free: %s", r.riskFreeSource()));
    out.append(Text.line("  decisions: %s", r.decisions()));
    table(out, "full period", r.result().full());
    r.result().byDecade().forEach((decade, stats) -> table(out, decade, stats));
    return out.toString();
  }

  private static void table(StringBuilder out, String title, List<PerformanceStats> stats) {
    PerformanceStats first = stats.get(0);
    out.append(
        Text.line("%n%s: %s .. %s (%d months)", title, first.from(), first.to(), first.months()));
    out.append(
        String.format(
            Locale.US,
            "  %-28s %8s %8s %7s %9s %9s %8s %7s%n",
            "strategy",
            "CAGR",
            "vol",
            "Sharpe",
            "max DD",
            "switch/y",
            "in small",
            "hit"));
    for (PerformanceStats s : stats) {
      out.append(
          String.format(
              Locale.US,
              "  %-28s %7.2f%% %7.2f%% %7s %8.1f%% %9.2f %7.0f%%" + " %7s%n",
              s.name(),
              s.cagr() * 100,
              s.volatility() * 100,
              opt(s.sharpe(), "%.2f"),
              -s.maxDrawdown() * 100,
              s.switchesPerYear(),
              s.timeInSmall() * 100,
              s.hitRate().isPresent()
                  ? String.format(Locale.US, "%.0f%%", s.hitRate().getAsDouble() * 100)
                  : "-"));
    }
  }

  private static String opt(OptionalDouble v, String format) {
    return v.isPresent() ? String.format(Locale.US, format, v.getAsDouble()) : "n/a";
  }
}
