package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.domain.fundamentals.JoinRules;

/** {@code --max-fundamentals-age}: how old the company fundamentals of a look-through may be. */
final class FundamentalsAgeOption {
  @Option(
      names = "--max-fundamentals-age",
      paramLabel = "DAYS",
      description =
          "Company fundamentals older than this at the date are left out of look-throughs, and"
              + " (for choose) any older input (default: ${DEFAULT-VALUE}).")
  int days = JoinRules.DEFAULT.maxAgeDays();

  JoinRules rules() {
    if (days < 0 || days > 3650) {
      throw new io.capshift.adapter.cli.line.UsageException(
          "--max-fundamentals-age must be 0 to 3650 days, got " + days);
    }
    return new JoinRules(days, JoinRules.DEFAULT.capTolerance());
  }
}
