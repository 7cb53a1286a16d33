package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.fundamentals.JoinRules;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A fund's profile at a date.
 *
 * @param fundId the fund's ticker, e.g. {@code IWM}
 * @param asOf use the latest data on or before this date; empty: the latest
 * @param rules how old the company fundamentals of the look-through may be
 * @param valueOldHoldings whether holdings that are undated or more than {@code rules.maxAgeDays()}
 *     old at {@code asOf} are valued through the look-through all the same (a profile shows them
 *     so); a fund choice, which leaves such holdings out, does not ask for it
 */
public record GetFundProfileQuery(
    String fundId, Optional<LocalDate> asOf, JoinRules rules, boolean valueOldHoldings) {
  /** With the default look-through rules. */
  public GetFundProfileQuery(String fundId, Optional<LocalDate> asOf) {
    this(fundId, asOf, JoinRules.DEFAULT);
  }

  /** Old holdings valued too. */
  public GetFundProfileQuery(String fundId, Optional<LocalDate> asOf, JoinRules rules) {
    this(fundId, asOf, rules, true);
  }

  public GetFundProfileQuery {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(rules, "rules");
    if (fundId == null || !fundId.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw InvalidInputException.of(
          "fund_id", "must name a fund, e.g. IWM (1-64 letters, digits, '.', '_' or '-')");
    }
    fundId = fundId.strip();
  }
}
