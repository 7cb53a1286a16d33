package io.capshift.domain.signal;

/**
 * A scenario's implied annual returns.
 *
 * @param scenario the inputs
 * @param small small caps' return and its parts
 * @param large large caps' return and its parts
 * @param rateChangeBps the sum of the rate moves, basis points
 */
public record ScenarioResult(
    Scenario scenario, ReturnParts small, ReturnParts large, double rateChangeBps) {
  /** Small minus large, decimal a year. */
  public double difference() {
    return small.total() - large.total();
  }
}
