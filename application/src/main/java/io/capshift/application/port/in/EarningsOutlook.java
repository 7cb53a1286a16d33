package io.capshift.application.port.in;

import io.capshift.domain.common.Figure;
import io.capshift.domain.earnings.NtmEarnings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An index's earnings now and ahead, and what they imply.
 *
 * @param indexId the index
 * @param asOf the date of the data used
 * @param input where the earnings came from
 * @param indexLevel index level used for the P/Es, points
 * @param trailingEps trailing twelve-month EPS, USD per index share
 * @param forwardEps next-twelve-month EPS and the rule that made it
 * @param trailingPe level / trailing EPS, multiple
 * @param forwardPe level / forward EPS, multiple
 * @param growth forward / trailing − 1, or a published growth figure (see notes), decimal
 * @param peg forward P/E / (growth × 100)
 * @param forwardEarningsYield forward EPS / level, decimal
 * @param tenYearYield the 10-year Treasury yield used, decimal
 * @param equityRiskPremium forward earnings yield − 10-year yield, decimal
 * @param datasetIds the stored datasets used
 * @param notes which inputs were used or missing
 * @param dataVersion the store's data version the answer reflects
 */
public record EarningsOutlook(
    String indexId,
    LocalDate asOf,
    InputKind input,
    Figure indexLevel,
    Figure trailingEps,
    Optional<NtmEarnings> forwardEps,
    Figure trailingPe,
    Figure forwardPe,
    Figure growth,
    Figure peg,
    Figure forwardEarningsYield,
    Figure tenYearYield,
    Figure equityRiskPremium,
    List<String> datasetIds,
    List<String> notes,
    long dataVersion) {
  public EarningsOutlook {
    datasetIds = List.copyOf(datasetIds);
    notes = List.copyOf(notes);
  }
}
