package io.capshift.adapter.cli.render;

import io.capshift.application.port.in.ChooseFundUseCase;
import io.capshift.domain.funds.ChoiceCriterion;
import io.capshift.domain.funds.FundChoice;
import java.util.Locale;

/** Renders the answer of {@code capshift choose}: the verdict, then each fund's criteria. */
public final class ChooseText {
  private ChooseText() {}

  /** The answer, the ranking, and for each fund and criterion its value, weight and source. */
  public static String render(ChooseFundUseCase.Result r) {
    FundChoice c = r.choice();
    StringBuilder out = new StringBuilder();
    out.append(Text.line("through which fund, as of %s: %s", r.at(), c.explanation()));
    out.append(
        Text.line(
            "candidates: %s; large-cap alternative: %s; data version %d",
            r.candidates().isEmpty() ? "none" : String.join(", ", r.candidates()),
            r.largeFunds().isEmpty() ? "none" : String.join(", ", r.largeFunds()),
            r.dataVersion()));
    r.notes().forEach(n -> out.append(Text.line("note: %s", n)));
    out.append(
        "score = sum of weight x score / sum of weight over the criteria that count for the fund;"
            + " a criterion scores 1 for the best candidate and 0 for the worst\n");
    for (FundChoice.Ranked f : c.ranked()) {
      out.append('\n')
          .append(
              Text.line(
                  "#%d %s%s  score %.3f",
                  f.rank(), f.fundId(), f.largeCap() ? " (large cap)" : "", f.score()));
      criteria(out, f.criteria());
    }
    for (FundChoice.Unranked f : c.unranked()) {
      out.append('\n')
          .append(
              Text.line(
                  "unranked %s%s: no criterion to compare",
                  f.fundId(), f.largeCap() ? " (large cap)" : ""));
      criteria(out, f.criteria());
    }
    return out.toString();
  }

  private static void criteria(StringBuilder out, java.util.List<FundChoice.Scored> criteria) {
    for (FundChoice.Scored s : criteria) {
      String value = s.value().isDefined() ? format(s.criterion(), s.value().getAsDouble()) : "n/a";
      if (s.leftOut().isPresent()) {
        out.append(
            Text.line("  %-15s %10s  left out: %s", s.criterion().key(), value, s.leftOut().get()));
        continue;
      }
      out.append(
          Text.line(
              "  %-15s %10s  weight %.1f x score %.3f = %.3f  [%s, %s, %d days old]",
              s.criterion().key(),
              value,
              s.weight(),
              s.score().orElseThrow(),
              s.contribution().orElseThrow(),
              s.source(),
              s.asOf().map(Object::toString).orElse("undated"),
              s.ageDays()));
    }
  }

  private static String format(ChoiceCriterion c, double v) {
    return switch (c) {
      case VALUATION -> String.format(Locale.US, "%.2fx", v);
      case SIZE -> String.format(Locale.US, "%.2f", v);
      default -> Text.pct(v);
    };
  }
}
