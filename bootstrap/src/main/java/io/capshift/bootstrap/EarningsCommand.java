package io.capshift.bootstrap;

import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code capshift earnings}: trailing and forward earnings, growth, PEG and ERP. */
@Command(
    name = "earnings",
    mixinStandardHelpOptions = true,
    description = "Trailing and forward earnings of an index, growth, PEG and equity risk premium.")
final class EarningsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(index = "0", paramLabel = "ID", description = "Index id, e.g. sp500.")
  String id;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Default: the latest.")
  LocalDate asOf;

  @Option(
      names = "--blend",
      defaultValue = "factset",
      description = "Calendar-year blend for NTM EPS: factset (days) or yardeni (weeks).")
  String blend;

  @Option(
      names = "--basis",
      defaultValue = "operating",
      description = "EPS basis: operating or as-reported.")
  String basis;

  @Override
  public Integer call() {
    try (Capshift capshift = store.open()) {
      EarningsOutlook o =
          capshift
              .earnings()
              .getEarningsOutlook(
                  new GetEarningsOutlookQuery(
                      id, Optional.ofNullable(asOf), blendRule(blend), epsBasis(basis)));
      System.out.print(render(o));
    }
    return 0;
  }

  static BlendRule blendRule(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "factset" -> BlendRule.FACTSET_CALENDAR_DAYS;
      case "yardeni" -> BlendRule.YARDENI_WEEKS;
      default -> throw InvalidInputException.of("--blend", "must be factset or yardeni: " + s);
    };
  }

  static EpsBasis epsBasis(String s) {
    return switch (s.strip().toLowerCase(Locale.ROOT)) {
      case "operating" -> EpsBasis.OPERATING;
      case "as-reported", "reported" -> EpsBasis.AS_REPORTED;
      default ->
          throw InvalidInputException.of("--basis", "must be operating or as-reported: " + s);
    };
  }

  static String render(EarningsOutlook o) {
    StringBuilder out = new StringBuilder();
    out.append(
        Text.line(
            "%s earnings, as of %s (from %s; datasets %s)",
            o.indexId(), o.asOf(), o.input(), String.join(", ", o.datasetIds())));
    out.append(Text.line("  index level          %s", Text.figure(o.indexLevel(), "%.2f")));
    out.append(Text.line("  trailing EPS (USD)   %s", Text.figure(o.trailingEps(), "%.2f")));
    o.forwardEps()
        .ifPresentOrElse(
            f ->
                out.append(
                    Text.line(
                        "  forward EPS (USD)    %.2f  [%s: %s]",
                        f.value(), f.method(), f.description())),
            () -> out.append("  forward EPS (USD)    n/a\n"));
    out.append(Text.line("  trailing P/E (x)     %s", Text.figure(o.trailingPe(), "%.2f")));
    out.append(Text.line("  forward P/E (x)      %s", Text.figure(o.forwardPe(), "%.2f")));
    out.append(Text.line("  growth               %s", Text.percent(o.growth())));
    out.append(Text.line("  PEG                  %s", Text.figure(o.peg(), "%.2f")));
    out.append(Text.line("  fwd earnings yield   %s", Text.percent(o.forwardEarningsYield())));
    out.append(Text.line("  10-year yield        %s", Text.percent(o.tenYearYield())));
    out.append(Text.line("  equity risk premium  %s", Text.percent(o.equityRiskPremium())));
    o.notes().forEach(n -> out.append("  note: ").append(n).append('\n'));
    return out.toString();
  }
}
