package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Several funds side by side at one date. */
public interface CompareFundsUseCase {
  /**
   * The funds to compare.
   *
   * @param fundIds 1 to 20 fund tickers, distinct
   * @param asOf each fund's latest data on or before this date; empty: the latest
   */
  record Query(List<String> fundIds, Optional<LocalDate> asOf) {
    public Query {
      Objects.requireNonNull(asOf, "asOf");
      fundIds = List.copyOf(fundIds);
      if (fundIds.isEmpty() || fundIds.size() > 20) {
        throw InvalidInputException.of("fund_ids", "give 1 to 20 funds, got " + fundIds.size());
      }
      if (fundIds.stream().map(String::toUpperCase).distinct().count() < fundIds.size()) {
        throw InvalidInputException.of("fund_ids", "a fund is named twice: " + fundIds);
      }
    }
  }

  /** One profile per fund, in the order asked; a fund with no data at all is an error. */
  List<FundProfile> compareFunds(Query query);
}
