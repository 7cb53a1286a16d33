package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.application.port.in.RunEventStudyUseCase;
import java.util.Locale;

/** {@code --small} and {@code --large}: the return series of small and large caps. */
final class ReturnSeriesOptions {
  @Option(
      names = "--small",
      paramLabel = "SERIES",
      description =
          "Small-cap monthly returns or prices: a series id, or a size portfolio such as lo20 or"
              + " lo10 (default: ${DEFAULT-VALUE}).")
  String small = RunEventStudyUseCase.DEFAULT_SMALL;

  @Option(
      names = "--large",
      paramLabel = "SERIES",
      description =
          "Large-cap monthly returns or prices, or a size portfolio such as hi20"
              + " (default: ${DEFAULT-VALUE}).")
  String large = RunEventStudyUseCase.DEFAULT_LARGE;

  String smallId() {
    return series(small);
  }

  String largeId() {
    return series(large);
  }

  /** A series id; a bare portfolio name ({@code lo20}) is the value-weighted size portfolio. */
  static String series(String id) {
    return id.contains(":") ? id : "ff-size:vw_" + id.strip().toLowerCase(Locale.US);
  }
}
