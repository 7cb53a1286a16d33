package io.capshift.application.port.in;

import io.capshift.domain.flows.FlatRun;
import io.capshift.domain.flows.FlowAnalysis;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Money flowing into or out of a fund, from two kinds of source.
 *
 * @param fundId the fund
 * @param daily flows between consecutive fund-facts observations (shares outstanding × NAV or
 *     price); empty when no shares-outstanding series is stored
 * @param dailySource where {@code daily} came from, or why it is absent
 * @param unpricedDaily share changes without a NAV or price nearby, left out: count
 * @param betweenHoldings flows between consecutive holdings files (change in the files' shares
 *     outstanding × NAV, or × the file's holdings value per share where no NAV is near)
 * @param holdingsSource where {@code betweenHoldings} came from, or why it is absent
 * @param dataVersion the store's data version
 * @param repeatedDays daily observations that repeat a business day of the fund's data, not counted
 * @param missingUpdates runs of unchanged shares outstanding whose flows are left out as unknown
 */
public record FundFlows(
    String fundId,
    Optional<FlowAnalysis> daily,
    String dailySource,
    int unpricedDaily,
    Optional<FlowAnalysis> betweenHoldings,
    String holdingsSource,
    long dataVersion,
    int repeatedDays,
    List<FlatRun> missingUpdates) {

  public FundFlows {
    Objects.requireNonNull(daily, "daily");
    Objects.requireNonNull(betweenHoldings, "betweenHoldings");
    missingUpdates = List.copyOf(missingUpdates);
  }
}
