package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.JsonReader.Member;
import io.capshift.adapter.persistence.importer.JsonReader.Value;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.fundamentals.CompanyFundamentals;
import io.capshift.domain.fundamentals.FundamentalsTable;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The SEC's ticker-to-CIK maps, in either of the two shapes the SEC publishes: {@code
 * company_tickers.json}, {@code {"0": {"cik_str": 320193, "ticker": "AAPL", "title": "Apple Inc."},
 * …}}, and {@code company_tickers_exchange.json}, {@code {"fields": ["cik", "name", "ticker",
 * "exchange"], "data": [[320193, "Apple Inc.", "AAPL", "Nasdaq"], …]}}. Stored as company
 * fundamentals with identities only: a look-through joins a holding whose ticker no fundamentals
 * source knows through its CIK. A ticker given twice, a CIK that is not a positive whole number and
 * a member or field other than these are errors at their line and column. The files state no date:
 * {@code --as-of}, else a {@code YYYY-MM-DD} in the file name, else the import date (undated).
 */
final class SecTickersReader {
  /** Its format: a JSON document with "cik_str" members, or a "fields" list naming "cik". */
  static final FileFormat FORMAT =
      new FileFormat(
          ImportFormat.SEC_COMPANY_TICKERS,
          Detection.byHead(
              head -> {
                String text = head.replace("\uFEFF", "").replaceAll("\\s", "");
                return text.startsWith("{")
                    && (text.contains("\"cik_str\":")
                        || (text.startsWith("{\"fields\":[\"cik\"")
                            && text.contains("\"ticker\"")));
              }),
          false,
          (content, source, format) ->
              new SecTickersReader(source.fileName()).read(content, source));

  static final String DEFAULT_TARGET = "sec-tickers";
  private static final List<String> FIELDS = List.of("cik", "name", "ticker", "exchange");

  private final String fileName;

  SecTickersReader(String fileName) {
    this.fileName = fileName;
  }

  ParseResult read(InputStream content, ImportSource source) {
    String target = Targets.fromSource(source, DEFAULT_TARGET);
    ImportTally tally = new ImportTally(ImportFormat.SEC_COMPANY_TICKERS);
    Value doc = JsonReader.read(content, fileName);
    if (!doc.isObject()) {
      throw error(doc, "expected a JSON object");
    }
    FundamentalsRows rows = new FundamentalsRows(tally);
    if (doc.member("fields").isPresent()) {
      readTable(doc, rows, tally);
    } else {
      for (Member m : doc.members()) {
        tally.read();
        readEntry(m.value(), rows, tally);
      }
    }
    if (rows.isEmpty()) {
      throw new MalformedFileException(fileName, 0, 0, "the map lists no company");
    }
    LocalDate asOf = tally.asOf(source, FundamentalsRows.dateInName(fileName, source, tally));
    tally.note("identities only: ticker, CIK and name, to join holdings by CIK");
    String text = "SEC company tickers, " + Targets.baseName(fileName);
    return Records.one(
        new ParsedDataset(
            target, asOf, text, new DatasetContent.Fundamentals(FundamentalsTable.of(rows.list()))),
        tally);
  }

  private void readEntry(Value e, FundamentalsRows rows, ImportTally tally) {
    if (!e.isObject()) {
      throw error(e, "expected an object {cik_str, ticker, title}");
    }
    for (Member m : e.members()) {
      if (!List.of("cik_str", "ticker", "title").contains(m.name())) {
        throw new MalformedFileException(
            fileName,
            m.line(),
            m.column(),
            "unknown member " + Text.quote(m.name()) + " (known: cik_str, ticker, title)");
      }
    }
    Value cik = e.member("cik_str").orElseThrow(() -> error(e, "no 'cik_str' member")).value();
    Value ticker = e.member("ticker").orElseThrow(() -> error(e, "no 'ticker' member")).value();
    String title = e.member("title").map(m -> text(m.value(), "title")).orElse("");
    add(rows, tally, cik, ticker, title);
  }

  private void readTable(Value doc, FundamentalsRows rows, ImportTally tally) {
    for (Member m : doc.members()) {
      if (!m.name().equals("fields") && !m.name().equals("data")) {
        throw new MalformedFileException(
            fileName, m.line(), m.column(), "unknown member " + Text.quote(m.name()));
      }
    }
    Value fields = doc.member("fields").orElseThrow().value();
    if (!fields.isArray()
        || !fields.elements().stream().map(v -> v.value()).toList().equals(FIELDS)) {
      throw error(
          fields, "expected \"fields\": " + FIELDS.stream().map(f -> "\"" + f + "\"").toList());
    }
    Value data = doc.member("data").orElseThrow(() -> error(doc, "no 'data' member")).value();
    if (!data.isArray()) {
      throw error(data, "expected 'data' to be an array of [cik, name, ticker, exchange]");
    }
    for (Value r : data.elements()) {
      tally.read();
      if (!r.isArray() || r.elements().size() != FIELDS.size()) {
        throw error(r, "expected [cik, name, ticker, exchange]");
      }
      List<Value> cells = r.elements();
      add(rows, tally, cells.get(0), cells.get(2), text(cells.get(1), "name"));
    }
  }

  private void add(FundamentalsRows rows, ImportTally tally, Value cik, Value ticker, String name) {
    if (!(cik.value() instanceof BigDecimal n)
        || n.signum() <= 0
        || n.scale() > 0 && n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0) {
      throw error(cik, "expected a CIK, a whole number from 1 to 9999999999");
    }
    String t = ticker.value() instanceof String s ? s.strip() : null;
    if (t == null || t.isEmpty()) {
      tally.skip(ticker.line(), "CIK " + n, "no ticker");
      return;
    }
    if (rows.add(
        fileName,
        ticker.line(),
        ticker.column(),
        CompanyFundamentals.identity(t, n.longValueExact(), name))) {
      tally.stored();
    }
  }

  private String text(Value v, String what) {
    if (v.value() == JsonReader.NULL) {
      return "";
    }
    if (!(v.value() instanceof String s)) {
      throw error(v, "expected a string in '" + what + "'");
    }
    return s;
  }

  private MalformedFileException error(Value at, String problem) {
    return new MalformedFileException(fileName, at.line(), at.column(), problem);
  }
}
