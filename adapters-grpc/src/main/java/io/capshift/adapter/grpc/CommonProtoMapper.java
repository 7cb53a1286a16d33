package io.capshift.adapter.grpc;

import io.capshift.api.v1.Figure;
import io.capshift.api.v1.InputKind;

/** Maps the values several services share: figures, input kinds, raw doubles. */
final class CommonProtoMapper {
  private CommonProtoMapper() {}

  /** A figure: its value (finite, by the domain's contract) or why it is undefined. */
  static Figure figure(io.capshift.domain.common.Figure figure) {
    return figure.isDefined()
        ? Figure.newBuilder().setValue(figure.getAsDouble()).build()
        : Figure.newBuilder().setUndefinedReason(figure.undefinedReason().orElseThrow()).build();
  }

  static InputKind inputKind(io.capshift.application.port.in.InputKind kind) {
    return switch (kind) {
      case CONSTITUENTS -> InputKind.INPUT_KIND_CONSTITUENTS;
      case PUBLISHED_METRICS -> InputKind.INPUT_KIND_PUBLISHED_METRICS;
      case QUARTERLY_EPS -> InputKind.INPUT_KIND_QUARTERLY_EPS;
    };
  }

  /**
   * Guards a raw double the domain does not check, so NaN or infinity never reaches a client.
   *
   * @param name what the value is, for the server log
   * @throws IllegalStateException (mapped to INTERNAL) when the value is not finite
   */
  static double finite(double value, String name) {
    if (!Double.isFinite(value)) {
      throw new IllegalStateException(name + " is not finite: " + value);
    }
    return value;
  }
}
