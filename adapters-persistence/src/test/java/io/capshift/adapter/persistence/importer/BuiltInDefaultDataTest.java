package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import io.capshift.domain.rates.TargetRange;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The built-in reference files, read as the seeding does, and checked against public data. */
class BuiltInDefaultDataTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

  @Test
  void defaultSources_parseIntoTheCalendarAndTheRanges() {
    List<ImportSource> sources = new BuiltInDefaultData().defaultSources(TODAY);
    assertThat(sources)
        .extracting(ImportSource::format)
        .containsExactly(ImportFormat.CAPSHIFT_FOMC_MEETINGS, ImportFormat.CAPSHIFT_TARGET_RANGES);
    ParseResult meetings = Sources.PARSER.parse(sources.get(0));
    ParseResult ranges = Sources.PARSER.parse(sources.get(1));
    assertThat(meetings.datasets().get(0).targetId()).isEqualTo("fomc-calendar");
    assertThat(meetings.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2027, 12, 8));
    assertThat(meetings.stats().rowsStored()).isEqualTo(32); // 8 a year, 2024-2027
    assertThat(ranges.datasets().get(0).targetId()).isEqualTo("fed-target-range");
    assertThat(ranges.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 12, 11));
    assertThat(ranges.stats().rowsStored()).isEqualTo(32);
    assertThat(meetings.stats().notes()).isEmpty();
  }

  @Test
  void targetRanges_equalTheChangesOfFredUpperAndLowerBounds() throws Exception {
    List<TargetRange> builtIn = ranges();
    Map<LocalDate, Double> upper =
        changes(
            Files.readAllLines(
                SharedData.file("fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv")));
    LocalDate lastUpper = LocalDate.of(2025, 11, 12);
    assertThat(builtIn.stream().filter(r -> !r.effectiveDate().isAfter(lastUpper)))
        .extracting(TargetRange::effectiveDate, TargetRange::upperBound)
        .containsExactlyElementsOf(
            upper.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
    Map<LocalDate, Double> lower =
        changes(
            Files.readAllLines(
                SharedData.file("fed-policy-rates/DFEDTARL_2008-12-16_2024-01-31.csv")));
    LocalDate lastLower = LocalDate.of(2024, 1, 31);
    assertThat(builtIn.stream().filter(r -> !r.effectiveDate().isAfter(lastLower)))
        .extracting(TargetRange::effectiveDate, TargetRange::lowerBound)
        .containsExactlyElementsOf(
            lower.entrySet().stream().map(e -> tuple(e.getKey(), e.getValue())).toList());
  }

  @Test
  void meetings2026To2027_equalThePublishedCalendar() throws Exception {
    String json = Files.readString(SharedData.file("fomc-meetings/fomc_calendar_2026-2027.json"));
    Matcher m =
        Pattern.compile(
                "\"start_date\":\\s*\"([\\d-]+)\",\\s*"
                    + "\"end_date\":\\s*\"([\\d-]+)\",\\s*\"is_sep\":\\s*(true|false)")
            .matcher(json);
    List<FomcMeeting> published = new ArrayList<>();
    while (m.find()) {
      published.add(
          new FomcMeeting(
              LocalDate.parse(m.group(1)),
              LocalDate.parse(m.group(2)),
              true,
              Boolean.parseBoolean(m.group(3))));
    }
    assertThat(published).hasSize(16);
    assertThat(meetings().stream().filter(x -> x.decisionDate().getYear() >= 2026))
        .containsExactlyElementsOf(published);
  }

  @Test
  void decisionDates2024To2026_equalTheDatesFile() throws Exception {
    List<LocalDate> published =
        Files.readAllLines(SharedData.file("fomc-meetings/fomc_dates_2024-2026.csv")).stream()
            .skip(1)
            .filter(l -> !l.isBlank())
            .map(l -> LocalDate.parse(l.substring(0, l.indexOf(','))))
            .toList();
    LocalDate last = published.get(published.size() - 1);
    assertThat(meetings().stream().map(FomcMeeting::decisionDate).filter(d -> !d.isAfter(last)))
        .containsExactlyElementsOf(published);
  }

  private static List<TargetRange> ranges() {
    var s = new BuiltInDefaultData().defaultSources(TODAY).get(1);
    return ((DatasetContent.TargetRanges) Sources.PARSER.parse(s).datasets().get(0).content())
        .history()
        .changes();
  }

  private static List<FomcMeeting> meetings() {
    var s = new BuiltInDefaultData().defaultSources(TODAY).get(0);
    return ((DatasetContent.Meetings) Sources.PARSER.parse(s).datasets().get(0).content())
        .calendar()
        .meetings();
  }

  /** The first day of each new value in a daily FRED series, as decimal rates. */
  private static Map<LocalDate, Double> changes(List<String> lines) {
    Map<LocalDate, Double> out = new LinkedHashMap<>();
    Double previous = null;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",");
      if (cells.length < 2 || cells[1].equals(".")) {
        continue; // FRED writes "." for a missing day
      }
      // Compare values, not text: the files write the same rate as "0" and "0.00".
      double rate = NumberStyle.PLAIN.parsePercent(cells[1]);
      if (previous == null || rate != previous) {
        out.put(LocalDate.parse(cells[0]), rate);
      }
      previous = rate;
    }
    return out;
  }
}
