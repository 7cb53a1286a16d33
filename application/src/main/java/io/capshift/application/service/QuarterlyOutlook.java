package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.GetEarningsOutlookQuery;
import io.capshift.application.port.in.InputKind;
import io.capshift.domain.common.Figure;
import io.capshift.domain.common.Result;
import io.capshift.domain.earnings.ForwardEarningsCalculator;
import io.capshift.domain.earnings.NtmEarnings;
import io.capshift.domain.earnings.QuarterlyEarnings;
import io.capshift.domain.earnings.TrailingEarnings;
import io.capshift.domain.error.NotFoundException;
import io.capshift.domain.error.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * An outlook from a quarterly EPS sheet: trailing = the four quarters to the date, forward = the
 * next four, the index level from the last quarter end with a price. The default date is the
 * sheet's latest fully reported quarter.
 */
final class QuarterlyOutlook {
  private final GetEarningsOutlookQuery query;
  private final List<QuarterlyEarnings> quarters;
  private final DatasetInfo sheet;
  private final List<String> notes = new ArrayList<>();

  QuarterlyOutlook(
      GetEarningsOutlookQuery query, List<QuarterlyEarnings> quarters, DatasetInfo sheet) {
    this.query = query;
    this.quarters = quarters;
    this.sheet = sheet;
  }

  EarningsInputs inputs() {
    LocalDate asOf = query.asOf().orElseGet(this::latestActual);
    QuarterlyEarnings priced = lastPricedOnOrBefore(asOf);
    if (!priced.quarterEnd().equals(asOf)) {
      notes.add("index level is the " + priced.quarterEnd() + " quarter-end price");
    }
    Figure level = Figure.of(priced.indexPrice().getAsDouble());
    Figure trailing = trailing(asOf);
    Optional<NtmEarnings> forward = forward(asOf);
    return new EarningsInputs(
        asOf,
        InputKind.QUARTERLY_EPS,
        level,
        trailing,
        forward,
        Figure.undefined("needs both trailing and forward earnings"),
        List.of(sheet.datasetId()),
        notes);
  }

  private Figure trailing(LocalDate asOf) {
    Result<TrailingEarnings> t =
        ForwardEarningsCalculator.DEFAULT.trailingFourQuarters(asOf, quarters, query.basis());
    t.toOptional().ifPresent(x -> notes.add("trailing: " + x.description()));
    return t.toOptional()
        .map(x -> Figure.of(x.value()))
        .orElseGet(() -> Figure.undefined(t.failureReason().orElseThrow()));
  }

  private Optional<NtmEarnings> forward(LocalDate asOf) {
    Result<NtmEarnings> f =
        ForwardEarningsCalculator.DEFAULT.fromQuarters(asOf, quarters, query.basis());
    f.failureReason().ifPresent(why -> notes.add("forward: " + why));
    return f.toOptional();
  }

  private LocalDate latestActual() {
    return quarters.stream()
        .filter(x -> x.status() == QuarterlyEarnings.Status.ACTUAL)
        .map(QuarterlyEarnings::quarterEnd)
        .max(Comparator.naturalOrder())
        .orElseGet(() -> quarters.get(quarters.size() - 1).quarterEnd());
  }

  private QuarterlyEarnings lastPricedOnOrBefore(LocalDate asOf) {
    return quarters.stream()
        .filter(x -> x.indexPrice().isPresent() && !x.quarterEnd().isAfter(asOf))
        .max(Comparator.comparing(QuarterlyEarnings::quarterEnd))
        .orElseThrow(
            () -> {
              LocalDate first =
                  quarters.stream()
                      .map(QuarterlyEarnings::quarterEnd)
                      .min(Comparator.naturalOrder())
                      .orElse(null);
              return new NotFoundException(
                  Reason.NO_DATA_BEFORE_DATE,
                  "capshift.io/Index",
                  query.indexId(),
                  "no quarter with an index price on or before "
                      + asOf
                      + " in "
                      + sheet.datasetId()
                      + "; the first quarter is "
                      + first,
                  first);
            });
  }
}
