package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.domain.rates.FomcMeeting;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The FOMC sources against each other: over the span two sources share, their scheduled decision
 * dates must agree. Where they do not, the differences are listed here exactly (and in
 * docs/data-formats.md), so a new disagreement fails the test instead of passing unseen.
 */
class FomcCrossSourceTest {

  private static List<FomcMeeting> read(String file, ImportFormat format) {
    return RealFomcDataTest.meetings(SharedData.parse(file, format));
  }

  private static List<FomcMeeting> builtIn() {
    var s = new BuiltInDefaultData().defaultSources(Sources.IMPORT_DATE).get(0);
    return ((DatasetContent.Meetings) Sources.PARSER.parse(s).datasets().get(0).content())
        .calendar()
        .meetings();
  }

  private static TreeSet<LocalDate> dates(List<FomcMeeting> m, Predicate<FomcMeeting> keep) {
    return m.stream()
        .filter(keep)
        .map(FomcMeeting::decisionDate)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static TreeSet<LocalDate> scheduled(List<FomcMeeting> m) {
    return dates(m, FomcMeeting::scheduled);
  }

  /** The dates of {@code a} between the later first and the earlier last date of both sets. */
  private static TreeSet<LocalDate> overlap(TreeSet<LocalDate> a, TreeSet<LocalDate> b) {
    LocalDate from = max(a.first(), b.first());
    LocalDate to = a.last().isBefore(b.last()) ? a.last() : b.last();
    return from.isAfter(to) ? new TreeSet<>() : new TreeSet<>(a.subSet(from, true, to, true));
  }

  private static LocalDate max(LocalDate x, LocalDate y) {
    return x.isAfter(y) ? x : y;
  }

  private static Set<LocalDate> minus(Collection<LocalDate> a, Collection<LocalDate> b) {
    TreeSet<LocalDate> out = new TreeSet<>(a);
    out.removeAll(b);
    return out;
  }

  private static List<LocalDate> on(String... dates) {
    return java.util.Arrays.stream(dates).map(LocalDate::parse).toList();
  }

  private static List<LocalDate> years2015And2016() {
    return on(
        "2015-01-28",
        "2015-03-18",
        "2015-04-29",
        "2015-06-17",
        "2015-07-29",
        "2015-09-17",
        "2015-10-28",
        "2015-12-16",
        "2016-01-27",
        "2016-03-16",
        "2016-04-27",
        "2016-06-15",
        "2016-07-27",
        "2016-09-21",
        "2016-11-02",
        "2016-12-14");
  }

  /**
   * QubitLogic (scheduled = neither unscheduled nor confcall) against BLM's scheduled statements,
   * 1994-02-04 … 2020-09-16: 197 dates agree. QubitLogic has no row at all in 2015 and 2016, and
   * flags five dates as regular meetings that BLM (and the Board) do not list as scheduled: the
   * 2003-09-15 call before the 09-16 meeting, the March 2020 unscheduled meetings of 03-19, 03-23
   * and 03-31, and the 2020-08-27 notation vote on the revised longer-run goals.
   */
  @Test
  void qubitLogic_vs_blm_scheduledStatements() {
    TreeSet<LocalDate> q = scheduled(read(RealFomcDataTest.QUBITLOGIC, ImportFormat.AUTO));
    TreeSet<LocalDate> b = scheduled(read(RealFomcDataTest.BLM, ImportFormat.AUTO));
    TreeSet<LocalDate> qs = overlap(q, b);
    TreeSet<LocalDate> bs = overlap(b, q);
    assertThat(minus(qs, bs))
        .containsExactlyElementsOf(
            on("2003-09-15", "2020-03-19", "2020-03-23", "2020-03-31", "2020-08-27"));
    assertThat(minus(bs, qs)).containsExactlyElementsOf(years2015And2016());
    qs.retainAll(bs);
    assertThat(qs).hasSize(197);
  }

  /**
   * BLM's unscheduled statements against QubitLogic's unscheduled meetings and calls: two are dated
   * a day apart, because BLM dates the announcement and QubitLogic the call (2008-01-21 call,
   * announced 01-22; 2020-03-15 Sunday meeting, BLM 03-16).
   */
  @Test
  void blmUnscheduled_vs_qubitLogicUnscheduledAndCalls() {
    TreeSet<LocalDate> q =
        dates(read(RealFomcDataTest.QUBITLOGIC, ImportFormat.AUTO), m -> !m.scheduled());
    TreeSet<LocalDate> b =
        dates(read(RealFomcDataTest.BLM, ImportFormat.AUTO), m -> !m.scheduled());
    assertThat(b).hasSize(39);
    assertThat(minus(b, q)).containsExactlyElementsOf(on("2008-01-22", "2020-03-16"));
    assertThat(q).contains(LocalDate.of(2008, 1, 21), LocalDate.of(2020, 3, 15));
  }

  /**
   * QubitLogic's scheduled dates against Tollan's list, 1980-01-09 … 2021-12-15, where Tollan has
   * the date (its list also holds unscheduled meetings and some calls, so only one direction is a
   * check): 325 of QubitLogic's 327 are there. 1982-06-01 is QubitLogic's; Tollan (and the Board)
   * date that meeting 1982-07-01 (June 30 – July 1). 2003-09-15 is the call noted above. Tollan has
   * the 2015–2016 meetings QubitLogic lacks.
   */
  @Test
  void qubitLogic_vs_tollan() {
    List<FomcMeeting> qm = read(RealFomcDataTest.QUBITLOGIC, ImportFormat.AUTO);
    TreeSet<LocalDate> t = dates(read(RealFomcDataTest.TOLLAN, ImportFormat.AUTO), m -> true);
    TreeSet<LocalDate> q = overlap(scheduled(qm), t);
    assertThat(q).hasSize(327);
    assertThat(minus(q, t)).containsExactlyElementsOf(on("1982-06-01", "2003-09-15"));
    TreeSet<LocalDate> allQ = dates(qm, m -> true);
    List<LocalDate> missingFromQ = new java.util.ArrayList<>(on("1982-07-01"));
    missingFromQ.addAll(years2015And2016());
    assertThat(minus(overlap(t, allQ), allQ)).containsExactlyElementsOf(missingFromQ);
  }

  /** Every BLM scheduled statement (1994-02-04 … 2020-09-16) is on Tollan's list. */
  @Test
  void blm_vs_tollan() {
    TreeSet<LocalDate> b = scheduled(read(RealFomcDataTest.BLM, ImportFormat.AUTO));
    TreeSet<LocalDate> t = dates(read(RealFomcDataTest.TOLLAN, ImportFormat.AUTO), m -> true);
    assertThat(b).hasSize(213);
    assertThat(minus(b, t)).isEmpty();
  }

  /** fomc_dates 2024–2026 and the JSON agree on 2026-01-28 and 2026-03-18, their overlap. */
  @Test
  void eventDates_vs_json() {
    TreeSet<LocalDate> d = scheduled(read(RealFomcDataTest.EVENT_DATES, ImportFormat.AUTO));
    TreeSet<LocalDate> j = scheduled(read(RealFomcDataTest.JSON, ImportFormat.AUTO));
    assertThat(overlap(d, j))
        .isEqualTo(overlap(j, d))
        .containsExactlyElementsOf(on("2026-01-28", "2026-03-18"));
  }

  /** fomc_dates equals the built-in calendar over 2024-01-31 … 2026-03-18 (18 meetings). */
  @Test
  void eventDates_vs_builtIn() {
    TreeSet<LocalDate> d = scheduled(read(RealFomcDataTest.EVENT_DATES, ImportFormat.AUTO));
    TreeSet<LocalDate> c = scheduled(builtIn());
    assertThat(overlap(c, d)).hasSize(18).isEqualTo(d);
  }

  /** The JSON equals the built-in calendar for 2026–2027 in full: start, end, SEP (16 meetings). */
  @Test
  void json_vs_builtIn_meetingForMeeting() {
    List<FomcMeeting> j = read(RealFomcDataTest.JSON, ImportFormat.AUTO);
    List<FomcMeeting> c =
        builtIn().stream().filter(m -> m.decisionDate().getYear() >= 2026).toList();
    assertThat(j).hasSize(16).containsExactlyElementsOf(c);
  }

  /** QubitLogic ends 2023-12-13 and the built-in calendar starts 2024-01-31: nothing to compare. */
  @Test
  void qubitLogic_vs_builtIn_doNotOverlap() {
    TreeSet<LocalDate> q = scheduled(read(RealFomcDataTest.QUBITLOGIC, ImportFormat.AUTO));
    assertThat(overlap(q, scheduled(builtIn()))).isEmpty();
  }
}
