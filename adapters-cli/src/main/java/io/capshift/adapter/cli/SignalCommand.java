package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.adapter.cli.render.SignalText;
import io.capshift.application.port.Profile;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.UseCases;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code capshift signal}: the rotation call at a date, with every reason. */
@Command(
    name = "signal",
    description =
        "The rotation call (overweight, neutral or underweight small caps) at a date,"
            + " each component with its raw value, z-score, weight, contribution and data.")
final class SignalCommand implements Callable<Integer>, Repeatable {
  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Mixin FormatOption format;

  @Mixin CallDateOption date;

  @Mixin ReturnSeriesOptions series;

  @Mixin FundOptions funds;

  @Option(
      names = "--weights",
      split = ",",
      paramLabel = "NAME=W",
      description =
          "Component weights, e.g. momentum=2,flows=0 (names: momentum, policy, flows,"
              + " valuation, growth; default 1 each).")
  Map<String, Double> weights = new HashMap<>();

  @Mixin StalenessOption staleness;

  @Override
  public Integer call() {
    try (UseCases capshift = store.open()) {
      PrintWriter out = spec.out();
      var answer =
          capshift
              .signal()
              .getRotationSignal(
                  new GetRotationSignalUseCase.Query(
                      date.value(),
                      series.smallId(),
                      series.largeId(),
                      funds.signalSmall(),
                      funds.large,
                      weights,
                      staleness.value()));
      long t = Profile.start();
      format.print(out, store.backend(), answer, () -> SignalText.render(answer));
      Profile.end("signal: render", t);
    }
    return 0;
  }
}
