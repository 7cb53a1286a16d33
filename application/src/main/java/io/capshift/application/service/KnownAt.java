package io.capshift.application.service;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.DatasetRepository;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.history.TimeSeries;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.valuation.PublishedMetric;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a store knew at a date, as datasets to store elsewhere: the point-in-time rule written out
 * once, so a store can be cut to a date and its answers compared with the whole store's.
 *
 * <ul>
 *   <li>A dataset dated on or before the date: whole.
 *   <li>A series set dated after it (a later vintage, or a revised history such as a library's
 *       returns since 1926): its observations up to the date, under its own date, so an answer
 *       still says it reads a later vintage; dropped when none is left.
 *   <li>Target-range changes dated after it: the changes in effect by the date. A decision is known
 *       the day it takes effect and is never revised.
 *   <li>An FOMC calendar: whole. Past meetings are facts and scheduled ones are published more than
 *       a year ahead.
 *   <li>Published figures dated after it: the figures dated by then. Each is what its publisher
 *       said on its own date (an estimate snapshot of 2024-09-30 in a file of 2026).
 *   <li>Any other dataset dated after it (holdings, constituents, futures strips, quarterly
 *       earnings sheets): dropped. Its figures were not known.
 * </ul>
 */
public final class KnownAt {
  private KnownAt() {}

  /** The datasets of {@code repository} as known at {@code date}, in its listing order. */
  public static List<ParsedDataset> cut(DatasetRepository repository, LocalDate date) {
    List<ParsedDataset> out = new ArrayList<>();
    for (DatasetInfo info : repository.list()) {
      DatasetContent content = repository.load(info);
      if (!info.asOf().isAfter(date)) {
        out.add(
            new ParsedDataset(
                info.targetId(), info.asOf(), info.source(), content, info.undated()));
        continue;
      }
      DatasetContent known = null;
      if (content instanceof DatasetContent.SeriesSet set) {
        List<TimeSeries> cut =
            set.series().stream().map(s -> s.upTo(date)).filter(s -> s.size() > 0).toList();
        known = cut.isEmpty() ? null : new DatasetContent.SeriesSet(cut);
      } else if (content instanceof DatasetContent.TargetRanges ranges) {
        List<TargetRange> cut =
            ranges.history().changes().stream()
                .filter(r -> !r.effectiveDate().isAfter(date))
                .toList();
        known = cut.isEmpty() ? null : new DatasetContent.TargetRanges(new TargetRangeHistory(cut));
      } else if (content instanceof DatasetContent.Meetings) {
        known = content;
      } else if (content instanceof DatasetContent.Metrics metrics) {
        List<PublishedMetric> cut =
            metrics.metrics().stream().filter(m -> !m.date().isAfter(date)).toList();
        known = cut.isEmpty() ? null : new DatasetContent.Metrics(cut);
      }
      if (known != null) {
        out.add(
            new ParsedDataset(info.targetId(), info.asOf(), info.source(), known, info.undated()));
      }
    }
    return out;
  }
}
