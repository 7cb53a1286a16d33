package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.capshift.adapter.cli.render.ReportSection;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The report's sections computed side by side: order, missing data and faults. */
class ReportTest {
  private final List<String> started = new CopyOnWriteArrayList<>();

  private Report.Section section(String title, Supplier<String> text) {
    return new Report.Section(
        title,
        () -> {
          started.add(title);
          return new ReportSection("", text.get(), null);
        });
  }

  private static String sleepThen(long millis, String text) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return text;
  }

  @Test
  void computed_twoThreads_documentOrderAndTheLongestTwoRunTogether() {
    // the backtest and the call each wait for the other: they answer "together" only if the two
    // threads took them first, before the sections listed above them
    CountDownLatch both = new CountDownLatch(2);
    Supplier<String> meetTheOther =
        () -> {
          both.countDown();
          try {
            return both.await(10, TimeUnit.SECONDS) ? "together" : "alone";
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
          }
        };
    List<Report.Section> sections =
        List.of(
            section(
                "A",
                () -> {
                  try { // holds its thread until the two have met: a third would be needed
                    return both.await(10, TimeUnit.SECONDS) ? "a" : "a, alone";
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return "interrupted";
                  }
                }),
            section("B", () -> "b"),
            section(Report.BACKTEST, meetTheOther),
            section(Report.CALL, meetTheOther));

    List<ReportSection> out = Report.computed(sections, 2);

    assertThat(out)
        .extracting(ReportSection::title)
        .containsExactly("A", "B", Report.BACKTEST, Report.CALL);
    assertThat(out)
        .extracting(ReportSection::text)
        .containsExactly("a", "b", "together", "together");
  }

  @Test
  void computed_oneThread_theSameSectionsInTheSameOrder() {
    List<Report.Section> sections =
        List.of(section("A", () -> "a"), section(Report.BACKTEST, () -> "backtest"));

    assertThat(Report.computed(sections, 1))
        .extracting(ReportSection::title, ReportSection::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("A", "a"),
            org.assertj.core.groups.Tuple.tuple(Report.BACKTEST, "backtest"));
    assertThat(started).containsExactly("A", Report.BACKTEST);
  }

  @Test
  void computed_aSectionWithoutData_saysWhatIsMissingAndTheOthersAnswer() {
    List<Report.Section> sections =
        List.of(
            section(
                "A",
                () -> {
                  throw new FailedPreconditionException(
                      Reason.NO_USABLE_COMPONENT, "nothing stored for x");
                }),
            section("B", () -> "b"));

    List<ReportSection> out = Report.computed(sections, 2);

    assertThat(out.get(0).text()).startsWith("lacks data: nothing stored for x; fetch it");
    assertThat(out.get(0).answer()).isNull();
    assertThat(out.get(1).text()).isEqualTo("b");
  }

  @Test
  void computed_callerInterrupted_endsAtOnceWithOneFault() {
    CountDownLatch never = new CountDownLatch(1);
    Supplier<String> waitLong =
        () -> {
          try {
            never.await(10, TimeUnit.SECONDS);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return "late";
        };
    List<Report.Section> sections =
        List.of(section("A", waitLong), section("B", waitLong), section("C", waitLong));
    Thread.currentThread().interrupt();
    try {
      long start = System.nanoTime();
      Throwable thrown = catchThrowable(() -> Report.computed(sections, 2));

      assertThat(thrown).hasMessage("interrupted while the report was computed");
      assertThat(thrown.getSuppressed()).isEmpty();
      assertThat(thrown.getCause()).isInstanceOf(InterruptedException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("the flag kept").isTrue();
      assertThat(System.nanoTime() - start).as("not after the sections").isLessThan(5_000_000_000L);
    } finally {
      Thread.interrupted();
      never.countDown();
    }
  }

  @Test
  void computed_twoFaults_theFirstInReportOrderAfterEverySectionEnded() throws Exception {
    CountDownLatch secondFailed = new CountDownLatch(1);
    AtomicBoolean slowEnded = new AtomicBoolean();
    List<Report.Section> sections =
        List.of(
            section(
                "A",
                () -> {
                  try {
                    // fails after B, so the order thrown is the report's, not the clock's
                    secondFailed.await(10, TimeUnit.SECONDS);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  throw new IllegalStateException("first");
                }),
            section(
                "B",
                () -> {
                  secondFailed.countDown();
                  throw new IllegalArgumentException("second");
                }),
            section(
                "C",
                () -> {
                  sleepThen(200, "");
                  slowEnded.set(true);
                  return "c";
                }));

    Throwable thrown = catchThrowable(() -> Report.computed(sections, 3));

    assertThat(thrown).isInstanceOf(IllegalStateException.class).hasMessage("first");
    assertThat(thrown.getSuppressed()).singleElement().isInstanceOf(IllegalArgumentException.class);
    assertThat(slowEnded).as("every section ended before the fault was thrown").isTrue();
  }
}
