package io.capshift.adapter.persistence.importer;

import io.capshift.adapter.persistence.importer.JsonReader.Member;
import io.capshift.adapter.persistence.importer.JsonReader.Value;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import io.capshift.domain.fundamentals.FrameFact;
import io.capshift.domain.fundamentals.FrameFundamentals;
import io.capshift.domain.fundamentals.FramePeriod;
import io.capshift.domain.fundamentals.XbrlFrame;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One SEC XBRL frame as the frames API returns it ({@code
 * /api/xbrl/frames/us-gaap/NetIncomeLoss/USD/CY2024.json}): {@code {"taxonomy", "tag", "ccp",
 * "uom", "label", "description", "pts", "data": [{"accn", "cik", "entityName", "loc", "start",
 * "end", "val"}, …]}}: one concept in one unit over one calendar period ({@code CY2024}, {@code
 * CY2025Q2}) or at one instant ({@code CY2025Q2I}), a value per company.
 *
 * <p>Read strictly: only those members; a duration frame's values have a {@code start} before their
 * {@code end} and an instant frame's none; {@code pts} counts the values; a company appears once;
 * and a value that names a unit other than the frame's is a mixed-units error, as is a concept
 * capshift reads ({@link FrameFundamentals.Concept}) in another unit than it is read in. Each file
 * is stored as its own dataset, {@code sec-<tag>-<period>} unless {@code --id} says otherwise;
 * look-throughs combine the frames known at their date into trailing twelve months. The API states
 * no date: {@code --as-of}, else a {@code YYYY-MM-DD} in the file name, else the import date.
 */
final class SecFramesReader {
  /** Its format: a JSON document with "taxonomy", "ccp" and "uom" members. */
  static final FileFormat FORMAT =
      new FileFormat(
          ImportFormat.SEC_XBRL_FRAME,
          Detection.byHead(
              head -> {
                String text = head.replace("\uFEFF", "").replaceAll("\\s", "");
                return text.startsWith("{")
                    && text.contains("\"taxonomy\":")
                    && text.contains("\"ccp\":")
                    && text.contains("\"uom\":");
              }),
          false,
          (content, source, format) ->
              new SecFramesReader(source.fileName()).read(content, source));

  private static final Set<String> DOCUMENT =
      Set.of("taxonomy", "tag", "ccp", "uom", "label", "description", "pts", "data");
  private static final Set<String> FACT =
      Set.of("accn", "cik", "entityName", "loc", "start", "end", "val", "uom");

  private final String fileName;

  SecFramesReader(String fileName) {
    this.fileName = fileName;
  }

  ParseResult read(InputStream content, ImportSource source) {
    ImportTally tally = new ImportTally(ImportFormat.SEC_XBRL_FRAME);
    Value doc = JsonReader.read(content, fileName);
    if (!doc.isObject()) {
      throw error(doc, "expected a JSON object");
    }
    for (Member m : doc.members()) {
      if (!DOCUMENT.contains(m.name())) {
        throw new MalformedFileException(
            fileName,
            m.line(),
            m.column(),
            "unknown member "
                + Text.quote(m.name())
                + " (known: "
                + new java.util.TreeSet<>(DOCUMENT)
                + ")");
      }
    }
    String taxonomy = nonBlank(required(doc, "taxonomy"), "taxonomy");
    String tag = nonBlank(required(doc, "tag"), "tag");
    Value ccpValue = required(doc, "ccp");
    FramePeriod period;
    try {
      period = FramePeriod.parse(string(ccpValue, "ccp"));
    } catch (IllegalArgumentException e) {
      throw error(ccpValue, e.getMessage());
    }
    Value uomValue = required(doc, "uom");
    // the API writes a ratio unit as its address does, USD-per-shares; read it as USD/shares
    String unit = unitOf(nonBlank(uomValue, "uom"));
    Optional<FrameFundamentals.Concept> concept = FrameFundamentals.Concept.of(taxonomy, tag);
    if (concept.isPresent() && !concept.get().unit().equals(unit)) {
      throw error(
          uomValue,
          "mixed units: "
              + tag
              + " is read in "
              + concept.get().unit()
              + ", this frame is in "
              + Text.quote(unit));
    }
    if (concept.isPresent() && concept.get().balance() != period.instant()) {
      throw error(
          ccpValue,
          tag
              + (concept.get().balance()
                  ? " is a balance: expected an instant period such as CY2025Q2I"
                  : " is a flow: expected a period such as CY2024 or CY2025Q2, not an instant"));
    }
    Value data = required(doc, "data");
    if (!data.isArray()) {
      throw error(data, "expected 'data' to be an array of values");
    }
    doc.member("pts")
        .ifPresent(
            pts -> {
              if (!(pts.value().value() instanceof BigDecimal n)
                  || n.compareTo(BigDecimal.valueOf(data.elements().size())) != 0) {
                throw error(
                    pts.value(),
                    "'pts' does not equal the " + data.elements().size() + " values listed");
              }
            });
    List<FrameFact> facts = new ArrayList<>();
    Map<Long, Long> seen = new HashMap<>();
    for (Value v : data.elements()) {
      tally.read();
      FrameFact f = fact(v, unit, period);
      Long earlier = seen.putIfAbsent(f.cik(), v.line());
      if (earlier != null) {
        throw error(v, "CIK " + f.cik() + " is already given on line " + earlier);
      }
      facts.add(f);
      tally.stored();
    }
    if (facts.isEmpty()) {
      throw error(data, "the frame lists no value");
    }
    XbrlFrame frame = new XbrlFrame(taxonomy, tag, unit, period, facts);
    String target = Targets.fromSource(source).orElseGet(() -> defaultTarget(frame));
    LocalDate asOf = tally.asOf(source, FundamentalsRows.dateInName(fileName, source, tally));
    if (concept.isEmpty()) {
      tally.note(
          frame.concept()
              + " is stored but not read by look-throughs (they read "
              + java.util.Arrays.stream(FrameFundamentals.Concept.values())
                  .map(c -> c.tag())
                  .toList()
              + ")");
    }
    tally.note("frame " + frame.path() + "; combined with the other frames known at a date");
    String text = "SEC XBRL frame " + frame.path() + ", " + Targets.baseName(fileName);
    return Records.one(
        new ParsedDataset(target, asOf, text, new DatasetContent.Frame(frame)), tally);
  }

  private static String defaultTarget(XbrlFrame frame) {
    String id = ("sec-" + frame.tag() + "-" + frame.period()).toLowerCase(Locale.US);
    if (!Targets.ID.matcher(id).matches()) {
      throw InvalidInputException.of(
          "target_id", "the frame's default id " + Text.quote(id) + " is too long: give --id");
    }
    return id;
  }

  private FrameFact fact(Value v, String unit, FramePeriod period) {
    if (!v.isObject()) {
      throw error(v, "expected a value object {accn, cik, entityName, loc, start, end, val}");
    }
    for (Member m : v.members()) {
      if (!FACT.contains(m.name())) {
        throw new MalformedFileException(
            fileName, m.line(), m.column(), "unknown member " + Text.quote(m.name()));
      }
    }
    v.member("uom")
        .ifPresent(
            u -> {
              if (!(u.value().value() instanceof String named) || !unit.equals(unitOf(named))) {
                throw error(
                    u.value(),
                    "mixed units: the frame is in "
                        + Text.quote(unit)
                        + ", this value in "
                        + (u.value().value() instanceof String s ? Text.quote(s) : "a non-string"));
              }
            });
    Value cikValue = required(v, "cik");
    if (!(cikValue.value() instanceof BigDecimal n)
        || n.signum() <= 0
        || n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(9_999_999_999L)) > 0) {
      throw error(cikValue, "expected a CIK, a whole number from 1 to 9999999999");
    }
    LocalDate end = date(required(v, "end"), "end");
    Optional<Member> start = v.member("start");
    if (period.instant() && start.isPresent()) {
      throw error(start.get().value(), "an instant frame's values have no 'start'");
    }
    if (!period.instant()) {
      Value s =
          start.orElseThrow(() -> error(v, "a duration frame's value needs a 'start'")).value();
      if (!date(s, "start").isBefore(end)) {
        throw error(s, "'start' is not before 'end' " + end);
      }
    }
    Value val = required(v, "val");
    if (!(val.value() instanceof BigDecimal amount)) {
      throw error(val, "expected a number in 'val'");
    }
    double d = amount.doubleValue();
    if (!Double.isFinite(d)) {
      throw error(val, "'val' is out of range");
    }
    String name = v.member("entityName").map(m -> string(m.value(), "entityName")).orElse("");
    String accn = v.member("accn").map(m -> string(m.value(), "accn")).orElse("");
    return new FrameFact(n.longValueExact(), name, end, d, accn);
  }

  private LocalDate date(Value v, String name) {
    if (v.value() instanceof String s) {
      try {
        return DateStyle.ISO.parse(s);
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw error(v, "expected " + DateStyle.ISO.description() + " in '" + name + "'");
  }

  private Value required(Value object, String name) {
    return object.member(name).orElseThrow(() -> error(object, "no '" + name + "' member")).value();
  }

  private String string(Value v, String name) {
    if (!(v.value() instanceof String s)) {
      throw error(v, "expected a string in '" + name + "'");
    }
    return s;
  }

  private static String unitOf(String uom) {
    return uom.replace("-per-", "/");
  }

  /** A frame names its taxonomy, concept and unit: an empty one is no frame. */
  private String nonBlank(Value v, String name) {
    String s = string(v, name);
    if (s.isBlank()) {
      throw error(v, "'" + name + "' must not be empty");
    }
    return s;
  }

  private MalformedFileException error(Value at, String problem) {
    return new MalformedFileException(fileName, at.line(), at.column(), problem);
  }
}
