package io.capshift.adapter.persistence.store;

import io.capshift.application.port.out.DatasetContent;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FrameFact;
import io.capshift.domain.fundamentals.FramePeriod;
import io.capshift.domain.fundamentals.FundamentalsTable;
import io.capshift.domain.fundamentals.XbrlFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Company fundamentals and XBRL frames in a dataset file. A fundamentals row: ticker, CIK (0 when
 * none), name, sector, country, then nine figures (market cap, net income, EPS, forward EPS, price,
 * shares, book equity, total debt, dividend per share), NaN when not given. A frame: its taxonomy,
 * tag, unit and period name, then per company CIK, name, end date, value and accession.
 */
final class FundamentalsCodec {
  // ticker, name, sector, country lengths; CIK; nine doubles
  private static final int MIN_ROW_BYTES = 4 * 4 + 8 + 9 * 8;
  // CIK, name length, date, value, accession length
  private static final int MIN_FACT_BYTES = 8 + 4 + 8 + 8 + 4;

  private FundamentalsCodec() {}

  static void writeTable(PayloadWriter w, DatasetContent.Fundamentals content) {
    FundamentalsTable t = content.table();
    w.writeInt(t.size());
    for (CompanyFundamentals c : t.rows()) {
      w.writeString(c.ticker()).writeLong(c.cik().orElse(0));
      w.writeString(c.name()).writeString(c.sector()).writeString(c.country());
      for (OptionalDouble v : figures(c)) {
        w.writeDouble(v.orElse(Double.NaN));
      }
    }
  }

  static DatasetContent.Fundamentals readTable(PayloadReader r) {
    int n = r.readCount(MIN_ROW_BYTES);
    List<CompanyFundamentals> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String ticker = r.readString();
      long cik = r.readLong();
      var b =
          CompanyFundamentals.builder(ticker)
              .cik(cik == 0 ? OptionalLong.empty() : OptionalLong.of(cik))
              .name(r.readString())
              .sector(r.readString())
              .country(r.readString());
      b.marketCap(opt(r.readDouble()))
          .netIncome(opt(r.readDouble()))
          .eps(opt(r.readDouble()))
          .forwardEps(opt(r.readDouble()))
          .price(opt(r.readDouble()))
          .shares(opt(r.readDouble()))
          .bookEquity(opt(r.readDouble()))
          .totalDebt(opt(r.readDouble()))
          .dividendPerShare(opt(r.readDouble()));
      rows.add(b.build());
    }
    return new DatasetContent.Fundamentals(FundamentalsTable.of(rows));
  }

  static void writeFrame(PayloadWriter w, DatasetContent.Frame content) {
    XbrlFrame f = content.frame();
    w.writeString(f.taxonomy()).writeString(f.tag()).writeString(f.unit());
    w.writeString(f.period().toString()).writeInt(f.facts().size());
    for (FrameFact fact : f.facts()) {
      w.writeLong(fact.cik()).writeString(fact.entityName()).writeDate(fact.end());
      w.writeDouble(fact.value()).writeString(fact.accession());
    }
  }

  static DatasetContent.Frame readFrame(PayloadReader r) {
    String taxonomy = r.readString();
    String tag = r.readString();
    String unit = r.readString();
    FramePeriod period = FramePeriod.parse(r.readString());
    int n = r.readCount(MIN_FACT_BYTES);
    List<FrameFact> facts = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      facts.add(
          new FrameFact(
              r.readLong(), r.readString(), r.readDate(), r.readDouble(), r.readString()));
    }
    return new DatasetContent.Frame(new XbrlFrame(taxonomy, tag, unit, period, facts));
  }

  private static List<OptionalDouble> figures(CompanyFundamentals c) {
    return List.of(
        c.marketCap(),
        c.netIncome(),
        c.eps(),
        c.forwardEps(),
        c.price(),
        c.shares(),
        c.bookEquity(),
        c.totalDebt(),
        c.dividendPerShare());
  }

  private static OptionalDouble opt(double v) {
    return Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v);
  }
}
