package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.SeedDefaultDataUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.signal.RotationSignal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line with answers kept between runs: a question asked again of an unchanged store is
 * answered without opening it, with the same text; anything else is computed.
 */
class KeptAnswersCliTest {
  private Clock clock = Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private final UseCases store = mock(UseCases.class);
  private final GetRotationSignalUseCase signal = mock(GetRotationSignalUseCase.class);
  private final AtomicInteger opened = new AtomicInteger();
  private final AtomicInteger computed = new AtomicInteger();

  /** The store's commit record as the backend reads it; null when there is no store. */
  private byte[] state = bytes("manifest v1");

  /** Reads of the store's files that failed, as the backend counts them. */
  private long readFailures;

  /** What a signal computation does to the store while it runs, if anything. */
  private Runnable whileRunning = () -> {};

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  @BeforeEach
  void wire() {
    when(store.seed()).thenReturn(mock(SeedDefaultDataUseCase.class));
    when(store.signal()).thenReturn(signal);
    when(signal.getRotationSignal(any()))
        .thenAnswer(
            call -> {
              whileRunning.run();
              GetRotationSignalUseCase.Query q = call.getArgument(0);
              return new RotationSignal(
                  q.asOf(),
                  List.of(),
                  0.01 * computed.incrementAndGet(),
                  RotationSignal.Stance.NEUTRAL,
                  0.5);
            });
  }

  private final class Backend implements CliBackend {
    private final KeptAnswers kept =
        new KeptAnswers(dir, "build-1", true, java.time.Clock.systemUTC());

    @Override
    public UseCases open(Path dataDir) {
      opened.incrementAndGet();
      return store;
    }

    @Override
    public Clock clock() {
      return clock;
    }

    @Override
    public Optional<KeptAnswers> keptAnswers() {
      return Optional.of(kept);
    }

    @Override
    public Optional<byte[]> storeState(Path dataDir) {
      return Optional.ofNullable(state).map(byte[]::clone);
    }

    @Override
    public long storeReadFailures() {
      return readFailures;
    }

    @Override
    public Optional<String> encode(Object answer, OutputFormat format) {
      return Optional.of(format + ":" + answer.getClass().getSimpleName());
    }

    @Override
    public void serve(ServeSettings settings, Path dataDir, PrintWriter out) {
      throw new UnsupportedOperationException("not served here");
    }
  }

  /** Exit code, output and error stream of one run. */
  private record Run(int code, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = CapshiftCli.execute(new Backend(), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void askedAgainOfAnUnchangedStore_theSameTextWithoutOpeningIt() {
    Run first = run("signal", "--as-of", "2025-11-03", "--data", "/s");
    Run again = run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("rotation signal as of 2025-11-03: NEUTRAL");
    assertThat(again).isEqualTo(first);
    assertThat(opened).hasValue(1);
    assertThat(computed).hasValue(1);
  }

  @Test
  void theStoreWrittenSince_computedAgain() {
    Run first = run("signal", "--as-of", "2025-11-03", "--data", "/s");
    state = bytes("manifest v2");

    Run after = run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(computed).hasValue(2);
    assertThat(after.out()).isNotEqualTo(first.out()).contains("score +0.02 sd");
  }

  @Test
  void anotherCommandLine_computed() {
    run("signal", "--as-of", "2025-11-03", "--data", "/s");
    run("signal", "--as-of", "2025-11-04", "--data", "/s");
    run("signal", "--as-of", "2025-11-03", "--data", "/s", "--format", "json");
    run("signal", "--as-of", "2025-11-03", "--data", "/t");

    assertThat(computed).hasValue(4);
  }

  @Test
  void noDateOnTheCommandLine_todayIsPartOfTheQuestion() {
    Run monday = run("signal", "--data", "/s");
    assertThat(run("signal", "--data", "/s")).isEqualTo(monday);
    clock = Clock.offset(clock, java.time.Duration.ofDays(1));

    Run tuesday = run("signal", "--data", "/s");

    assertThat(computed).hasValue(2);
    assertThat(monday.out()).startsWith("rotation signal as of 2026-03-04");
    assertThat(tuesday.out()).startsWith("rotation signal as of 2026-03-05");
  }

  @Test
  void theStoreWrittenWhileItRan_notKept() {
    whileRunning = () -> state = bytes("manifest v2");
    run("signal", "--as-of", "2025-11-03", "--data", "/s");
    whileRunning = () -> {};
    // the store copied back from before that write: the answer read the write, so it is not v1's
    state = bytes("manifest v1");

    run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(computed).hasValue(2);
  }

  @Test
  void aFileThatFailedToReadWhileItRan_notKept() {
    whileRunning = () -> readFailures++;
    run("signal", "--as-of", "2025-11-03", "--data", "/s");
    whileRunning = () -> {};

    run("signal", "--as-of", "2025-11-03", "--data", "/s");
    run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(computed).hasValue(2);
  }

  /** A clock read first on Monday just before midnight, then on Tuesday. */
  private static Clock midnightAfterTheFirstRead() {
    return new Clock() {
      private int reads;

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }

      @Override
      public Instant instant() {
        return Instant.parse(reads++ == 0 ? "2026-03-04T23:59:59.999Z" : "2026-03-05T00:00:00Z");
      }
    };
  }

  @Test
  void midnightPassedWhileItRan_notKeptUnderTheDayItWasAsked() {
    clock = midnightAfterTheFirstRead();
    Run straddling = run("signal", "--data", "/s");
    clock = Clock.fixed(Instant.parse("2026-03-04T22:00:00Z"), ZoneOffset.UTC);

    Run monday = run("signal", "--data", "/s");

    assertThat(straddling.out()).startsWith("rotation signal as of 2026-03-05");
    assertThat(monday.out()).startsWith("rotation signal as of 2026-03-04");
    assertThat(computed).hasValue(2);
  }

  @Test
  void noStoreYet_computedEachTime() {
    state = null;

    run("signal", "--as-of", "2025-11-03", "--data", "/s");
    run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(computed).hasValue(2);
  }

  @Test
  void aRefusal_notKept() {
    when(store.signal())
        .thenThrow(
            new io.capshift.domain.error.NotFoundException(
                io.capshift.domain.error.Reason.FUND_NOT_FOUND,
                "capshift.io/Fund",
                "NOPE",
                "no fund 'NOPE'"))
        .thenReturn(signal);

    Run refused = run("signal", "--as-of", "2025-11-03", "--data", "/s");
    Run answered = run("signal", "--as-of", "2025-11-03", "--data", "/s");

    assertThat(refused.code()).isEqualTo(CapshiftCli.EXIT_FAILED);
    assertThat(answered.code()).isZero();
    assertThat(answered.out()).startsWith("rotation signal as of 2025-11-03");
    assertThat(computed).hasValue(1);
  }

  @Test
  void aCommandThatWritesAFile_doesMoreThanPrint() {
    ReportCommand report = new ReportCommand();
    FedWatchCommand fedwatch = new FedWatchCommand();
    EventStudyCommand firstCut = new EventStudyCommand();
    assertThat(List.<Repeatable>of(report, fedwatch, firstCut)).allMatch(Repeatable::onlyPrints);

    report.html = Path.of("r.html");
    fedwatch.chart = Path.of("c.svg");
    firstCut.chart = Path.of("e.svg");

    assertThat(List.<Repeatable>of(report, fedwatch, firstCut)).noneMatch(Repeatable::onlyPrints);
  }
}
