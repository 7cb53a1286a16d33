package io.capshift.bootstrap;

import io.capshift.application.port.in.CompareFundsUseCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code capshift funds ID ID…}: funds side by side at one date. */
@Command(
    name = "funds",
    mixinStandardHelpOptions = true,
    description =
        "Several funds side by side: each one's nearest holdings and facts on or before"
            + " the date, with the gap in days and the source of each figure.")
final class FundsCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(arity = "1..20", paramLabel = "ID", description = "Fund tickers, e.g. IWM DES.")
  List<String> ids;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "Compare as of this date (default: each fund's latest data).")
  LocalDate asOf;

  @Override
  public Integer call() {
    try (Capshift capshift = store.open()) {
      System.out.print(
          FundText.comparison(
              capshift
                  .funds()
                  .compareFunds(new CompareFundsUseCase.Query(ids, Optional.ofNullable(asOf)))));
    }
    return 0;
  }
}
