package io.capshift.bootstrap;

import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.domain.signal.RotationSignal;
import io.capshift.domain.signal.SignalComponent;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code capshift signal}: the rotation call at a date, with every reason. */
@Command(
    name = "signal",
    mixinStandardHelpOptions = true,
    description =
        "The rotation call (overweight, neutral or underweight small caps) at a date,"
            + " each component with its raw value, z-score, weight, contribution and data.")
final class SignalCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD")
  LocalDate asOf;

  @Option(names = "--small", paramLabel = "SERIES")
  String small = "lo20";

  @Option(names = "--large", paramLabel = "SERIES")
  String large = "hi20";

  @Option(names = "--small-fund", paramLabel = "ID")
  String smallFund = "IWM";

  @Option(names = "--large-fund", paramLabel = "ID")
  String largeFund = "SPY";

  @Option(
      names = "--weights",
      split = ",",
      paramLabel = "NAME=W",
      description =
          "Component weights, e.g. momentum=2,flows=0 (names: momentum, policy, flows,"
              + " valuation, growth; default 1 each).")
  java.util.Map<String, Double> weights = new java.util.HashMap<>();

  @Override
  public Integer call() {
    try (Capshift capshift = store.open()) {
      System.out.print(
          render(
              capshift
                  .signal()
                  .getRotationSignal(
                      new GetRotationSignalUseCase.Query(
                          asOf,
                          EventStudyCommand.series(small),
                          EventStudyCommand.series(large),
                          smallFund,
                          largeFund,
                          weights))));
    }
    return 0;
  }

  static String render(RotationSignal s) {
    StringBuilder out =
        new StringBuilder(
            Text.line(
                "rotation signal as of %s: %s (score %+.2f" + " sd; threshold ±%.1f)",
                s.asOf(), s.stance(), s.score(), s.threshold()));
    long used = s.components().stream().filter(c -> c.leftOut().isEmpty()).count();
    out.append(
        Text.line(
            "  %d of %d components used; weights renormalised over them; positive"
                + " favours small caps",
            used, s.components().size()));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-22s %14s %8s %7s %12s%n",
            "component",
            "raw",
            "z",
            "weight",
            "contribution"));
    for (SignalComponent c : s.components()) {
      out.append(
          String.format(
              Locale.ROOT,
              "  %-22s %14s %8s %7.2f %+12.3f%n",
              c.name(),
              c.raw().isPresent() ? FundText.number(c.raw().getAsDouble()) : "-",
              c.zScore().isPresent()
                  ? String.format(Locale.ROOT, "%+.2f", c.zScore().getAsDouble())
                  : "-",
              c.weight(),
              c.contribution()));
      out.append(
          Text.line(
              "      %s: %s", c.unit(), c.leftOut().map(w -> "left out: " + w).orElse(c.source())));
    }
    return out.toString();
  }
}
