package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.EarningsText;
import io.capshift.application.port.in.EarningsOutlook;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.earnings.BlendRule;
import io.capshift.domain.earnings.EpsBasis;
import io.capshift.domain.error.InvalidInputException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code capshift earnings}: trailing and forward earnings, growth, PEG and ERP. */
@Command(
    name = "earnings",
    description = "Trailing and forward earnings of an index, growth, PEG and equity risk premium.")
final class EarningsCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin Ids ids;

  @Mixin AsOfOption asOf;

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
    String id = ids.one();
    PrintWriter out = spec.out();
    try (UseCases capshift = store.open()) {
      EarningsOutlook o =
          capshift
              .earnings()
              .getEarningsOutlook(
                  new GetEarningsOutlookQuery(id, asOf.value(), blendRule(blend), epsBasis(basis)));
      var answer = o;
      format.print(out, store.backend(), answer, () -> EarningsText.render(answer));
    }
    return 0;
  }

  static BlendRule blendRule(String s) {
    return switch (s.strip().toLowerCase(Locale.US)) {
      case "factset" -> BlendRule.FACTSET_CALENDAR_DAYS;
      case "yardeni" -> BlendRule.YARDENI_WEEKS;
      default -> throw InvalidInputException.of("--blend", "must be factset or yardeni: " + s);
    };
  }

  static EpsBasis epsBasis(String s) {
    return switch (s.strip().toLowerCase(Locale.US)) {
      case "operating" -> EpsBasis.OPERATING;
      case "as-reported", "reported" -> EpsBasis.AS_REPORTED;
      default ->
          throw InvalidInputException.of("--basis", "must be operating or as-reported: " + s);
    };
  }
}
