package io.capshift.adapter.persistence.store;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.domain.rates.FomcCalendar;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.TargetRange;
import io.capshift.domain.rates.TargetRangeHistory;
import io.capshift.domain.valuation.Constituent;
import io.capshift.domain.valuation.ConstituentSnapshot;
import io.capshift.domain.valuation.CreditFigures;
import io.capshift.domain.valuation.FundFacts;
import io.capshift.domain.valuation.SnapshotType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The payload of a dataset file, format version 1: the dataset id and store version it was written
 * at (checked against the manifest on read), a content tag, then the content. Missing figures are
 * stored as NaN and come back as empty {@code OptionalDouble}s. Tags 4–7 (series, quarterly EPS,
 * published metrics, futures strips) and 8 (constituents with debt service figures: EBIT, interest
 * expense, total debt and floating share after the five figures of tag 1; written only when some
 * constituent gives them, so other snapshots keep tag 1) were added within version 1: a reader that
 * predates them reports such a file as corrupt, as it does any unknown tag. Tags 9 (company
 * fundamentals), 10 (an XBRL frame) and 11 (constituents of a fund file that lists only part of the
 * fund: a flags byte, bit 0 debt service figures, then the listed share after the shares
 * outstanding; written only when the share is given) came with issue 17.
 */
final class ContentCodec {
  static final int FORMAT_VERSION = 1;

  private static final int TAG_CONSTITUENTS = 1;
  private static final int TAG_MEETINGS = 2;
  private static final int TAG_RANGES = 3;
  private static final int TAG_SERIES = 4;
  private static final int TAG_QUARTERLY_EPS = 5;
  private static final int TAG_METRICS = 6;
  private static final int TAG_FUTURES = 7;
  private static final int TAG_CONSTITUENTS_CREDIT = 8;
  private static final int TAG_FUNDAMENTALS = 9;
  private static final int TAG_FRAME = 10;
  private static final int TAG_CONSTITUENTS_LISTED = 11;
  // 3 string lengths + 5 doubles; 2 dates + 2 booleans; 1 date + 2 doubles
  private static final int MIN_CONSTITUENT_BYTES = 3 * 4 + 5 * 8;
  private static final int MIN_MEETING_BYTES = 2 * 8 + 2;
  private static final int MIN_RANGE_BYTES = 3 * 8;

  /** A decoded dataset file. */
  record StoredDataset(String datasetId, long version, DatasetContent content) {}

  private ContentCodec() {}

  static byte[] encode(String datasetId, long version, DatasetContent content) {
    PayloadWriter w = new PayloadWriter().writeString(datasetId).writeLong(version);
    if (content instanceof DatasetContent.Constituents c) {
      boolean credit = c.snapshot().hasCreditFigures();
      boolean listed = c.snapshot().fundFacts().listedShare().isPresent();
      w.writeByte(
          listed ? TAG_CONSTITUENTS_LISTED : credit ? TAG_CONSTITUENTS_CREDIT : TAG_CONSTITUENTS);
      writeSnapshot(w, c.snapshot(), credit, listed);
    } else if (content instanceof DatasetContent.Meetings m) {
      w.writeByte(TAG_MEETINGS).writeInt(m.calendar().meetings().size());
      for (FomcMeeting meeting : m.calendar().meetings()) {
        w.writeDate(meeting.startDate()).writeDate(meeting.decisionDate());
        w.writeBoolean(meeting.scheduled()).writeBoolean(meeting.summaryOfEconomicProjections());
      }
    } else if (content instanceof DatasetContent.TargetRanges r) {
      w.writeByte(TAG_RANGES).writeInt(r.history().changes().size());
      for (TargetRange range : r.history().changes()) {
        w.writeDate(range.effectiveDate()).writeDouble(range.lowerBound());
        w.writeDouble(range.upperBound());
      }
    } else if (content instanceof DatasetContent.SeriesSet s) {
      MarketDataCodec.writeSeries(w.writeByte(TAG_SERIES), s);
    } else if (content instanceof DatasetContent.QuarterlyEps q) {
      MarketDataCodec.writeQuarters(w.writeByte(TAG_QUARTERLY_EPS), q);
    } else if (content instanceof DatasetContent.Metrics m) {
      MarketDataCodec.writeMetrics(w.writeByte(TAG_METRICS), m);
    } else if (content instanceof DatasetContent.Futures f) {
      MarketDataCodec.writeFutures(w.writeByte(TAG_FUTURES), f);
    } else if (content instanceof DatasetContent.Fundamentals f) {
      FundamentalsCodec.writeTable(w.writeByte(TAG_FUNDAMENTALS), f);
    } else if (content instanceof DatasetContent.Frame f) {
      FundamentalsCodec.writeFrame(w.writeByte(TAG_FRAME), f);
    } else {
      throw new IllegalArgumentException("unknown content " + content.getClass());
    }
    return w.toByteArray();
  }

  /** Decodes a payload; any {@link RuntimeException} means it is damaged. */
  static StoredDataset decode(PayloadReader r) {
    String datasetId = r.readString();
    long version = r.readLong();
    int tag = r.readByte();
    DatasetContent content =
        switch (tag) {
          case TAG_CONSTITUENTS -> new DatasetContent.Constituents(readSnapshot(r, false, false));
          case TAG_CONSTITUENTS_CREDIT ->
              new DatasetContent.Constituents(readSnapshot(r, true, false));
          case TAG_CONSTITUENTS_LISTED ->
              new DatasetContent.Constituents(readSnapshot(r, false, true));
          case TAG_FUNDAMENTALS -> FundamentalsCodec.readTable(r);
          case TAG_FRAME -> FundamentalsCodec.readFrame(r);
          case TAG_MEETINGS -> new DatasetContent.Meetings(readMeetings(r));
          case TAG_RANGES -> new DatasetContent.TargetRanges(readRanges(r));
          case TAG_SERIES -> MarketDataCodec.readSeries(r);
          case TAG_QUARTERLY_EPS -> MarketDataCodec.readQuarters(r);
          case TAG_METRICS -> MarketDataCodec.readMetrics(r);
          case TAG_FUTURES -> MarketDataCodec.readFutures(r);
          default -> throw new IllegalArgumentException("unknown content tag " + tag);
        };
    r.requireEnd();
    return new StoredDataset(datasetId, version, content);
  }

  private static void writeSnapshot(
      PayloadWriter w, ConstituentSnapshot s, boolean credit, boolean listed) {
    w.writeString(s.id()).writeDate(s.asOf()).writeByte(s.type() == SnapshotType.FUND ? 2 : 1);
    OptionalDouble shares = s.fundFacts().sharesOutstanding();
    w.writeBoolean(shares.isPresent()).writeDouble(shares.orElse(0));
    if (listed) {
      w.writeByte(credit ? 1 : 0).writeDouble(s.fundFacts().listedShare().getAsDouble());
    }
    w.writeInt(s.size());
    for (int i = 0; i < s.size(); i++) {
      Constituent c = s.constituent(i);
      w.writeString(c.symbol()).writeString(c.name()).writeString(c.sector());
      w.writeDouble(c.value()).writeDouble(c.earnings().orElse(Double.NaN));
      w.writeDouble(c.dividends().orElse(Double.NaN)).writeDouble(c.bookValue().orElse(Double.NaN));
      w.writeDouble(c.sales().orElse(Double.NaN));
      if (credit) {
        CreditFigures f = c.credit();
        w.writeDouble(f.ebit().orElse(Double.NaN))
            .writeDouble(f.interestExpense().orElse(Double.NaN));
        w.writeDouble(f.totalDebt().orElse(Double.NaN));
        w.writeDouble(f.floatingDebtShare().orElse(Double.NaN));
      }
    }
  }

  private static ConstituentSnapshot readSnapshot(
      PayloadReader r, boolean creditTag, boolean listed) {
    String id = r.readString();
    var asOf = r.readDate();
    int type = r.readByte();
    if (type != 1 && type != 2) {
      throw new IllegalArgumentException("unknown snapshot type " + type);
    }
    boolean hasShares = r.readBoolean();
    double shares = r.readDouble();
    boolean credit = creditTag;
    OptionalDouble listedShare = OptionalDouble.empty();
    if (listed) {
      int flags = r.readByte();
      if (flags > 1) {
        throw new IllegalArgumentException("unknown snapshot flags " + flags);
      }
      credit = flags == 1;
      listedShare = OptionalDouble.of(r.readDouble());
    }
    FundFacts facts =
        new FundFacts(hasShares ? OptionalDouble.of(shares) : OptionalDouble.empty(), listedShare);
    int n = r.readCount(MIN_CONSTITUENT_BYTES + (credit ? 4 * 8 : 0));
    List<Constituent> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      rows.add(
          new Constituent(
              r.readString(),
              r.readString(),
              r.readString(),
              r.readDouble(),
              opt(r.readDouble()),
              opt(r.readDouble()),
              opt(r.readDouble()),
              opt(r.readDouble()),
              credit
                  ? new CreditFigures(
                      opt(r.readDouble()),
                      opt(r.readDouble()),
                      opt(r.readDouble()),
                      opt(r.readDouble()))
                  : CreditFigures.NONE));
    }
    SnapshotType snapshotType = type == 2 ? SnapshotType.FUND : SnapshotType.INDEX;
    return ConstituentSnapshot.of(id, asOf, snapshotType, facts, rows);
  }

  private static FomcCalendar readMeetings(PayloadReader r) {
    int n = r.readCount(MIN_MEETING_BYTES);
    List<FomcMeeting> meetings = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      meetings.add(new FomcMeeting(r.readDate(), r.readDate(), r.readBoolean(), r.readBoolean()));
    }
    return new FomcCalendar(meetings);
  }

  private static TargetRangeHistory readRanges(PayloadReader r) {
    int n = r.readCount(MIN_RANGE_BYTES);
    List<TargetRange> ranges = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      ranges.add(new TargetRange(r.readDate(), r.readDouble(), r.readDouble()));
    }
    return new TargetRangeHistory(ranges);
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
