package io.capshift.adapter.persistence.importer;

import static io.capshift.adapter.persistence.importer.Sources.assertMalformedAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The five publishers' FOMC calendar formats on small hand-written files. */
class FomcCalendarReadersTest {
  static final String FLAGS =
      "date,unscheduled,forecast,confcall\n"
          + "2019-09-18,False,True,False\n"
          + "2019-10-04,True,False,False\n"
          + "2019-10-30,False,False,False\n"
          + "2020-03-15,True,False,True\n"
          + "2020-03-23,False,False,True\n";
  static final String EVENTS =
      "event_date,event_name,event_type\n"
          + "2026-01-28,FOMC 2026-01-28,fomc\n"
          + "2026-02-10,CPI,cpi\n"
          + "2026-03-18,FOMC 2026-03-18,FOMC\n";
  static final String JSON =
      "{\n"
          + "  \"meta\": {\"count\": 2, \"note\": \"\\u5f53 x\", \"source\": \"https://x\"},\n"
          + "  \"meetings\": [\n"
          + "    {\"year\": 2026, \"start_date\": \"2026-01-27\", \"end_date\": \"2026-01-28\","
          + " \"is_sep\": false},\n"
          + "    {\"year\": 2026, \"start_date\": \"2026-03-17\", \"end_date\": \"2026-03-18\","
          + " \"is_sep\": true}\n"
          + "  ]\n"
          + "}\n";
  static final String ACTIONS =
      "Date,Type,Press Conference,Scheduled FOMC,Unscheduled FOMC,SEP,Dotplot,"
          + "Monetary Policy Report,Minutes Released\n"
          + "1/29/2020,FOMC Statement,1,1,0,0,0,0,0\n"
          + "2/19/2020,Minutes,0,0,0,0,0,0,1\n"
          + "3/3/2020,FOMC Statement,1,0,1,0,0,0,0\n"
          + "7/5/1991,Open Market Operation,0,1,0,0,0,0,0\n"
          + "6/10/2020,FOMC Statement,1,1,0,1,1,0,0\n";
  static final String DATES = "2020-03-03\n2020-03-15\r\n\n2020-04-29\n";

  private static List<FomcMeeting> meetings(ParseResult r) {
    return ((DatasetContent.Meetings) r.datasets().get(0).content()).calendar().meetings();
  }

  private static FomcMeeting m(String start, String end, boolean scheduled, boolean sep) {
    return new FomcMeeting(LocalDate.parse(start), LocalDate.parse(end), scheduled, sep);
  }

  private static FomcMeeting m(String date, boolean scheduled, boolean sep) {
    return m(date, date, scheduled, sep);
  }

  private static long[] counts(ParseResult r) {
    return new long[] {r.stats().rowsRead(), r.stats().rowsStored(), r.stats().rowsSkipped()};
  }

  @Test
  void flags_unscheduledAndCallsKeptUnscheduled_forecastIsSep() {
    ParseResult r = Sources.parse("q.csv", ImportFormat.FOMC_CALENDAR_FLAGS, FLAGS);
    assertThat(meetings(r))
        .containsExactly(
            m("2019-09-18", true, true),
            m("2019-10-04", false, false),
            m("2019-10-30", true, false),
            m("2020-03-15", false, false),
            m("2020-03-23", false, false));
    assertThat(counts(r)).containsExactly(5, 5, 0);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-qubitlogic");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2020, 3, 23));
    assertThat(r.stats().notes())
        .anyMatch(n -> n.startsWith("2 conference calls and 2 unscheduled meetings read"))
        .anyMatch(n -> n.startsWith("5 meetings 2019-09-18 … 2020-03-23: 2 scheduled"));
  }

  @Test
  void flags_sameDecisionDateTwice_keepsTheFirstAndCountsASkip() {
    ParseResult r =
        Sources.parse(
            "q.csv",
            ImportFormat.FOMC_CALENDAR_FLAGS,
            "date,unscheduled,forecast,confcall\n2019-10-30,False,False,False\n"
                + "2019-10-30,False,False,True\n");
    assertThat(meetings(r)).containsExactly(m("2019-10-30", true, false));
    assertThat(counts(r)).containsExactly(2, 1, 1);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 3 (2019-10-30): decision date already given on line 2; the first is kept");
  }

  @Test
  void flags_badFlagOrDate_failsAtTheCell() {
    assertMalformedAt(
        2,
        24,
        "expected true or false in column 'confcall', found 'yes'",
        () ->
            Sources.parse(
                "q.csv",
                ImportFormat.FOMC_CALENDAR_FLAGS,
                "date,unscheduled,forecast,confcall\n2019-10-30,False,False,yes\n"));
    assertMalformedAt(
        2,
        1,
        "expected a date YYYY-MM-DD in column 'date', found '10/30/2019'",
        () ->
            Sources.parse(
                "q.csv",
                ImportFormat.FOMC_CALENDAR_FLAGS,
                "date,unscheduled,forecast,confcall\n10/30/2019,False,False,False\n"));
    assertMalformedAt(
        1,
        1,
        "the header has no column 'confcall'",
        () ->
            Sources.parse(
                "q.csv", ImportFormat.FOMC_CALENDAR_FLAGS, "date,unscheduled,forecast\n"));
  }

  @Test
  void eventDates_fomcRowsAreScheduledMeetings_otherTypesSkipped() {
    ParseResult r = Sources.parse("d.csv", ImportFormat.FOMC_EVENT_DATES, EVENTS);
    assertThat(meetings(r))
        .containsExactly(m("2026-01-28", true, false), m("2026-03-18", true, false));
    assertThat(counts(r)).containsExactly(3, 2, 1);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly("line 3 (2026-02-10): event_type 'cpi' is not fomc");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-dates");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @Test
  void eventDates_badDate_failsAtTheCell() {
    assertMalformedAt(
        3,
        1,
        "expected a date YYYY-MM-DD in column 'event_date', found '2026-02-30'",
        () ->
            Sources.parse(
                "d.csv",
                ImportFormat.FOMC_EVENT_DATES,
                "event_date,event_name,event_type\n2026-01-28,a,fomc\n2026-02-30,b,fomc\n"));
  }

  @Test
  void json_readsStartEndAndSep_allScheduled() {
    ParseResult r = Sources.parse("c.json", ImportFormat.FOMC_CALENDAR_JSON, JSON);
    assertThat(meetings(r))
        .containsExactly(
            m("2026-01-27", "2026-01-28", true, false), m("2026-03-17", "2026-03-18", true, true));
    assertThat(counts(r)).containsExactly(2, 2, 0);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.FOMC_CALENDAR_JSON);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-calendar-json");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 3, 18));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
"""
trailing comma   | {"meetings": [],}                                       | 1 | 17 | expected a member name
unclosed string  | {"meetings": ["x                                        | 1 | 15 | the string opened here is never closed
bad literal      | {"meetings": [tru]}                                     | 1 | 15 | expected a JSON value, found 't'
leading zero     | {"meetings": [01]}                                      | 1 | 16 | expected ']', found '1'
after document   | {"meetings": []} x                                      | 1 | 18 | expected the end of the file
twice            | {"meetings": [], "meetings": []}                        | 1 | 18 | member 'meetings' given twice
no meetings      | {"meta": {}}                                            | 1 | 1  | the document has no 'meetings' member
unknown top      | {"meetings": [], "extra": 1}                            | 1 | 18 | unknown member 'extra'
not an array     | {"meetings": {}}                                        | 1 | 14 | expected 'meetings' to be an array
empty            | {"meetings": []}                                        | 0 | 0  | the file lists no meetings
count            | {"meta": {"count": 3}, "meetings": []}                  | 1 | 20 | 'count' does not equal the 0 meetings
bad date         | {"meetings": [{"start_date": "2026-1-27", "end_date": "2026-01-28", "is_sep": false}]} | 1 | 30 | expected a date YYYY-MM-DD in 'start_date', found '2026-1-27'
start after end  | {"meetings": [{"start_date": "2026-01-29", "end_date": "2026-01-28", "is_sep": false}]} | 1 | 30 | start_date 2026-01-29 is after end_date 2026-01-28
sep not boolean  | {"meetings": [{"start_date": "2026-01-27", "end_date": "2026-01-28", "is_sep": 1}]}     | 1 | 80 | expected true or false in 'is_sep'
wrong year       | {"meetings": [{"year": 2025, "start_date": "2026-01-27", "end_date": "2026-01-28", "is_sep": true}]} | 1 | 24 | expected 'year' to be 2026
missing member   | {"meetings": [{"start_date": "2026-01-27", "is_sep": true}]} | 1 | 15 | the meeting has no 'end_date' member
unknown member   | {"meetings": [{"start_date": "2026-01-27", "end_date": "2026-01-28", "is_sep": true, "sep": 1}]} | 1 | 86 | unknown member 'sep'
""")
  void json_malformed_failsAtLineAndColumn(
      String name, String text, long line, int column, String problem) {
    assertMalformedAt(
        line,
        column,
        problem,
        () -> Sources.parse("c.json", ImportFormat.FOMC_CALENDAR_JSON, text));
  }

  @Test
  void json_errorsOnLaterLines_nameTheirLineAndColumn() {
    String text = JSON.replace("\"2026-03-18\"", "\"2026-03-32\"");
    assertMalformedAt(
        5,
        60,
        "expected a date YYYY-MM-DD in 'end_date', found '2026-03-32'",
        () -> Sources.parse("c.json", ImportFormat.FOMC_CALENDAR_JSON, text));
    assertMalformedAt(
        2,
        1,
        "not UTF-8 text",
        () ->
            Sources.PARSER.parse(
                Sources.of(
                    "c.json",
                    ImportFormat.FOMC_CALENDAR_JSON,
                    new byte[] {'{', '\n', (byte) 0xC3, '}'})));
    StringBuilder deep = new StringBuilder("{\"meetings\": ");
    deep.append("[".repeat(100));
    assertMalformedAt(
        1,
        77,
        "nested deeper than 64 levels",
        () -> Sources.parse("c.json", ImportFormat.FOMC_CALENDAR_JSON, deep.toString()));
  }

  @Test
  void actions_keepsScheduledAndUnscheduledStatements_skipsTheRest() {
    ParseResult r = Sources.parse("a.csv", ImportFormat.FOMC_ACTIONS, ACTIONS);
    assertThat(meetings(r))
        .containsExactly(
            m("2020-01-29", true, false),
            m("2020-03-03", false, false),
            m("2020-06-10", true, true));
    assertThat(counts(r)).containsExactly(5, 3, 2);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 3 (2020-02-19): Type 'Minutes' is not a meeting",
            "line 5 (1991-07-05): Type 'Open Market Operation' is not a meeting");
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-actions");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2020, 6, 10));
  }

  @Test
  void actions_statementWithoutAFlag_isSkipped_withBoth_isAnError() {
    String header = "Date,Type,Scheduled FOMC,Unscheduled FOMC,SEP\n";
    ParseResult r =
        Sources.parse(
            "a.csv",
            ImportFormat.FOMC_ACTIONS,
            header + "1/29/2020,FOMC Statement,0,0,0\n3/3/2020,FOMC Statement,0,1,0\n");
    assertThat(counts(r)).containsExactly(2, 1, 1);
    assertThat(r.stats().firstSkipReasons())
        .containsExactly(
            "line 2 (2020-01-29): statement flagged neither scheduled nor unscheduled");
    assertMalformedAt(
        2,
        28,
        "flagged both",
        () ->
            Sources.parse(
                "a.csv", ImportFormat.FOMC_ACTIONS, header + "1/29/2020,FOMC Statement,1,1,0\n"));
    assertMalformedAt(
        2,
        30,
        "expected 0 or 1 in column 'SEP', found 'x'",
        () ->
            Sources.parse(
                "a.csv", ImportFormat.FOMC_ACTIONS, header + "1/29/2020,FOMC Statement,1,0,x\n"));
    assertMalformedAt(
        2,
        1,
        "expected a date M/D/YYYY in column 'Date', found '2020-01-29'",
        () ->
            Sources.parse(
                "a.csv", ImportFormat.FOMC_ACTIONS, header + "2020-01-29,FOMC Statement,1,0,0\n"));
  }

  @Test
  void dateList_everyDateIsAMeetingOfUnknownSchedule() {
    ParseResult r = Sources.parse("t.csv", ImportFormat.FOMC_DATE_LIST, DATES);
    assertThat(meetings(r))
        .containsExactly(
            m("2020-03-03", false, false),
            m("2020-03-15", false, false),
            m("2020-04-29", false, false));
    assertThat(counts(r)).containsExactly(3, 3, 0);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-tollan");
    assertThat(r.stats().notes()).anyMatch(n -> n.contains("scheduled=false (unknown)"));
  }

  @Test
  void dateList_malformed_failsAtLineAndColumn() {
    assertMalformedAt(
        2,
        1,
        "expected a date YYYY-MM-DD, found '2020-3-15'",
        () -> Sources.parse("t.csv", ImportFormat.FOMC_DATE_LIST, "2020-03-03\n2020-3-15\n"));
    assertMalformedAt(
        2,
        11,
        "expected one date a line, found 2 fields",
        () -> Sources.parse("t.csv", ImportFormat.FOMC_DATE_LIST, "2020-03-03\n2020-03-15,x\n"));
    assertMalformedAt(
        0,
        0,
        "the file lists no meetings",
        () -> Sources.parse("t.csv", ImportFormat.FOMC_DATE_LIST, "\n"));
  }

  @ParameterizedTest
  @CsvSource({
    "FOMC_CALENDAR_FLAGS",
    "FOMC_EVENT_DATES",
    "FOMC_CALENDAR_JSON",
    "FOMC_ACTIONS",
    "FOMC_DATE_LIST"
  })
  void auto_detectsEachFomcFormat(ImportFormat format) {
    String text =
        switch (format) {
          case FOMC_CALENDAR_FLAGS -> "\uFEFF" + FLAGS;
          case FOMC_EVENT_DATES -> EVENTS;
          case FOMC_CALENDAR_JSON -> "\uFEFF" + JSON;
          case FOMC_ACTIONS -> ACTIONS;
          default -> DATES;
        };
    ParseResult r = Sources.parse("file", ImportFormat.AUTO, text);
    assertThat(r.stats().format()).isEqualTo(format);
    assertThat(meetings(r)).isNotEmpty();
  }

  @Test
  void targetAndAsOf_givenByTheUser_win() {
    ParseResult r =
        Sources.PARSER.parse(
            Sources.withAsOf(
                Sources.withTarget(Sources.of("c.json", ImportFormat.AUTO, JSON), "fomc-2026"),
                LocalDate.of(2026, 2, 1)));
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fomc-2026");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2026, 2, 1));
  }
}
