package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.domain.common.Staleness;
import io.capshift.domain.error.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code --max-staleness monthly=DAYS,daily=DAYS}: how old data may be at the date and still count;
 * a limit not named keeps its default (45 days for monthly data, 10 for daily).
 */
final class StalenessOption {
  @Option(
      names = "--max-staleness",
      split = ",",
      paramLabel = "monthly=DAYS,daily=DAYS",
      description =
          "How old data may be at the date and still count, in days from its last observation"
              + " (default: monthly=45,daily=10); older data is left out with the reason.")
  Map<String, Integer> limits = new LinkedHashMap<>();

  Staleness value() {
    Staleness d = Staleness.DEFAULT;
    for (String key : limits.keySet()) {
      if (!key.equals("monthly") && !key.equals("daily")) {
        throw InvalidInputException.of(
            "--max-staleness", "names monthly and daily limits, got '" + key + "'");
      }
    }
    int monthly = limits.getOrDefault("monthly", d.monthlyDays());
    int daily = limits.getOrDefault("daily", d.dailyDays());
    if (monthly < 0 || monthly > 36_500 || daily < 0 || daily > 36_500) {
      throw InvalidInputException.of(
          "--max-staleness", "limits must be 0 to 36500 days, got " + limits);
    }
    return new Staleness(monthly, daily);
  }
}
