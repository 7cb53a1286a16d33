package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.application.port.in.GetRotationSignalUseCase;

/** {@code --small-fund} and {@code --large-fund}: the funds whose facts the signal reads. */
final class FundOptions {
  @Option(
      names = "--small-fund",
      paramLabel = "ID",
      description =
          "Small-cap fund: its flows and P/E (default: for the signal, the fund `choose` ranks"
              + " first at the date; for backtests, "
              + GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND
              + ").")
  String small;

  /** The small fund the signal reads: named, else chosen at its date. */
  String signalSmall() {
    return small != null ? small : GetRotationSignalUseCase.Query.CHOSEN;
  }

  /** The small fund a backtest reads: named, else the default. */
  String backtestSmall() {
    return small != null ? small : GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND;
  }

  @Option(
      names = "--large-fund",
      paramLabel = "ID",
      description = "Large-cap fund: its P/E (default: ${DEFAULT-VALUE}).")
  String large = GetRotationSignalUseCase.Query.DEFAULT_LARGE_FUND;
}
