package io.capshift.adapter.cli;

import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code include}, {@code exclude} or {@code fund}, as the command line names the policies. */
final class PolicyConverter implements ITypeConverter<NegativeEarningsPolicy> {
  @Override
  public NegativeEarningsPolicy convert(String name) {
    return switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "include" -> NegativeEarningsPolicy.INCLUDE;
      case "exclude", "exclude-negative" -> NegativeEarningsPolicy.EXCLUDE_NEGATIVE;
      case "fund", "fund-harmonic-capped" -> NegativeEarningsPolicy.FUND_HARMONIC_CAPPED;
      default ->
          throw new TypeConversionException("must be include, exclude or fund, got '" + name + "'");
    };
  }
}
