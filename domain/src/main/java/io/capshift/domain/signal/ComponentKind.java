package io.capshift.domain.signal;

import io.capshift.domain.flows.FlowAnalyzer;
import java.util.Locale;

/** The components of the rotation signal, in the order the call lists them. */
public enum ComponentKind {
  /** Small minus large cumulative return over the rule's momentum months, decimal. */
  MOMENTUM("relative momentum"),
  /** The fall of the policy rate over the rule's policy months, decimal: cuts favour small caps. */
  POLICY("policy direction"),
  /** The rolling flow into the small-cap fund, USD. */
  FLOWS("flow momentum"),
  /** The small-cap fund's P/E over the large-cap fund's, ratio: cheaper small caps favour them. */
  VALUATION("relative valuation"),
  /** The small-minus-large gap of expected earnings growth, decimal a year. */
  GROWTH("earnings growth gap");

  private final String label;

  ComponentKind(String label) {
    this.label = label;
  }

  /** The name a component has in a call, e.g. "relative momentum". */
  public String label() {
    return label;
  }

  /** The name weights are given under, e.g. {@code momentum}. */
  public String key() {
    return name().toLowerCase(Locale.US);
  }

  /**
   * The unit of the component's raw value.
   *
   * @param smallFund the small-cap fund of flows and valuation, e.g. IWM
   * @param largeFund the large-cap fund of valuation, e.g. SPY
   */
  public String unit(SignalRule rule, String smallFund, String largeFund) {
    return switch (this) {
      case MOMENTUM -> "decimal, " + rule.momentumMonths() + "-month small minus large return";
      case POLICY -> "decimal, fall of the policy rate over " + rule.policyMonths() + " months";
      case FLOWS -> "USD, " + FlowAnalyzer.DEFAULT_WINDOW + "-flow rolling sum into " + smallFund;
      case VALUATION -> "ratio, " + smallFund + " P/E over " + largeFund + " P/E";
      case GROWTH -> "decimal a year";
    };
  }
}
