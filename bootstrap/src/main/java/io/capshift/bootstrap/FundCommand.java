package io.capshift.bootstrap;

import io.capshift.application.port.in.GetFundProfileQuery;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code capshift fund ID}: what a fund holds, and what its publisher says of it. */
@Command(
    name = "fund",
    mixinStandardHelpOptions = true,
    description =
        "A fund's look-through (concentration, P/E, sectors, turnover) and its facts,"
            + " each with its source and date.")
final class FundCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(paramLabel = "ID", description = "Fund ticker, e.g. IWM.")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Use the latest data on or before this date (default: the latest).")
  LocalDate asOf;

  @Override
  public Integer call() {
    try (Capshift capshift = store.open()) {
      System.out.print(
          FundText.profile(
              capshift
                  .fund()
                  .getFundProfile(new GetFundProfileQuery(id, Optional.ofNullable(asOf)))));
    }
    return 0;
  }
}
