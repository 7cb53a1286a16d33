package io.capshift.application.service;

import io.capshift.application.port.in.InputKind;
import io.capshift.domain.common.Figure;
import io.capshift.domain.earnings.NtmEarnings;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What an outlook is computed from, read from a quarterly EPS sheet or from published figures.
 *
 * @param asOf the date of the data used
 * @param level index level, points
 * @param trailing trailing twelve-month EPS, USD per index share
 * @param forward next-twelve-month EPS and the rule that made it, if known
 * @param otherGrowth growth to use when trailing and forward are not both known, decimal
 * @param datasetIds the stored datasets read
 * @param notes which inputs were used or missing
 */
record EarningsInputs(
    LocalDate asOf,
    InputKind input,
    Figure level,
    Figure trailing,
    Optional<NtmEarnings> forward,
    Figure otherGrowth,
    List<String> datasetIds,
    List<String> notes) {
  EarningsInputs {
    datasetIds = List.copyOf(datasetIds);
    notes = List.copyOf(notes);
  }
}
