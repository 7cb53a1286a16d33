package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A fund's flows, rolling flows and reversals. */
public interface GetFundFlowsUseCase {
  /**
   * @param fundId e.g. {@code IWM}
   * @param window flows per rolling sum, 1 to 260
   * @param k reversal threshold in standard deviations, in (0, 10]
   * @param from first flow date kept, if given
   * @param to last flow date kept, if given
   */
  record Query(
      String fundId, int window, double k, Optional<LocalDate> from, Optional<LocalDate> to) {
    public Query {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      new GetFundProfileQuery(fundId, Optional.empty()); // same rule for the id
      if (window < 1 || window > 260) {
        throw InvalidInputException.of("window", "must be 1 to 260 flows, got " + window);
      }
      if (!(k > 0 && k <= 10)) {
        throw InvalidInputException.of("k", "must be in (0, 10] standard deviations, got " + k);
      }
      if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
        throw InvalidInputException.of("from", "is after to: " + from.get() + " > " + to.get());
      }
      fundId = fundId.strip();
    }
  }

  /**
   * @throws io.capshift.domain.error.NotFoundException if the fund has neither a shares series nor
   *     holdings files
   */
  FundFlows getFundFlows(Query query);
}
