package io.capshift.application.port.in;

import io.capshift.domain.signal.RotationSignal;
import java.time.LocalDate;
import java.util.Objects;

/** The rotation call at a date, every component with its data. */
public interface GetRotationSignalUseCase {
  /**
   * @param asOf the date; only data known by then is used
   * @param smallId small-cap monthly returns or prices for momentum, e.g. ff-size:vw_lo20
   * @param largeId the large-cap counterpart
   * @param smallFund fund whose facts give flows and the small side's P/E, e.g. IWM
   * @param largeFund fund whose facts give the large side's P/E, e.g. SPY
   */
  record Query(LocalDate asOf, String smallId, String largeId, String smallFund,
      String largeFund) {
    public Query {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(smallId, "smallId");
      Objects.requireNonNull(largeId, "largeId");
      Objects.requireNonNull(smallFund, "smallFund");
      Objects.requireNonNull(largeFund, "largeFund");
    }
  }

  RotationSignal getRotationSignal(Query query);
}
