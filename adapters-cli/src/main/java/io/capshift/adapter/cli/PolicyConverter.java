package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.BadValueException;
import io.capshift.adapter.cli.line.Converter;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.util.Locale;

/** {@code include}, {@code exclude} or {@code fund}, as the command line names the policies. */
final class PolicyConverter implements Converter<NegativeEarningsPolicy> {
  @Override
  public NegativeEarningsPolicy convert(String name) {
    return switch (name.strip().toLowerCase(Locale.US)) {
      case "include" -> NegativeEarningsPolicy.INCLUDE;
      case "exclude", "exclude-negative" -> NegativeEarningsPolicy.EXCLUDE_NEGATIVE;
      case "fund", "fund-harmonic-capped" -> NegativeEarningsPolicy.FUND_HARMONIC_CAPPED;
      default ->
          throw new BadValueException("must be include, exclude or fund, got '" + name + "'");
    };
  }
}
