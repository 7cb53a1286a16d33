package io.capshift.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.SeedDefaultDataUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.error.Reason;
import io.capshift.domain.signal.RotationSignal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The command line over a fake backend: what it asks the use cases, and what it prints where. */
class CapshiftCliTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-04T10:00:00Z"), ZoneOffset.UTC);

  private final UseCases store = mock(UseCases.class);
  private final GetRotationSignalUseCase signal = mock(GetRotationSignalUseCase.class);
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void wire() {
    when(store.seed()).thenReturn(mock(SeedDefaultDataUseCase.class));
    when(store.signal()).thenReturn(signal);
    when(signal.getRotationSignal(any()))
        .thenAnswer(
            call -> {
              GetRotationSignalUseCase.Query q = call.getArgument(0);
              return new RotationSignal(q.asOf(), List.of(), 0, RotationSignal.Stance.NEUTRAL, 0.5);
            });
  }

  private int run(String... args) {
    CliBackend backend =
        new CliBackend() {
          @Override
          public UseCases open(Path dataDir) {
            return store;
          }

          @Override
          public Clock clock() {
            return CLOCK;
          }

          @Override
          public java.util.Optional<String> encode(Object answer, OutputFormat format) {
            return java.util.Optional.of(format + ":" + answer.getClass().getSimpleName());
          }

          @Override
          public void serve(ServeSettings settings, Path dataDir, PrintWriter w) {
            w.println("serving " + settings.host() + ":" + settings.port());
          }
        };
    return CapshiftCli.execute(backend, new PrintWriter(out), new PrintWriter(err), args);
  }

  @Test
  void signal_noDate_asksForTodayFromTheBackendsClock_withTheDefaultSeriesAndFunds() {
    assertThat(run("signal", "--data", "/nowhere")).isZero();

    ArgumentCaptor<GetRotationSignalUseCase.Query> q =
        ArgumentCaptor.forClass(GetRotationSignalUseCase.Query.class);
    verify(signal).getRotationSignal(q.capture());
    assertThat(q.getValue()).isEqualTo(GetRotationSignalUseCase.Query.at(LocalDate.of(2026, 3, 4)));
    assertThat(out.toString()).startsWith("rotation signal as of 2026-03-04: NEUTRAL");
    verify(store).close();
  }

  @Test
  void signal_barePortfolioNames_areTheSizePortfolios() {
    assertThat(run("signal", "--as-of", "2008-12-31", "--small", "lo10", "--large", "HI10"))
        .isZero();

    ArgumentCaptor<GetRotationSignalUseCase.Query> q =
        ArgumentCaptor.forClass(GetRotationSignalUseCase.Query.class);
    verify(signal).getRotationSignal(q.capture());
    assertThat(q.getValue().smallId()).isEqualTo("ff-size:vw_lo10");
    assertThat(q.getValue().largeId()).isEqualTo("ff-size:vw_hi10");
    assertThat(q.getValue().asOf()).isEqualTo(LocalDate.of(2008, 12, 31));
  }

  @Test
  void importHelp_listsEveryFormatOfTheApplication() {
    assertThat(run("import", "--help")).isZero();

    String help = out.toString().replaceAll("\\s+", " ");
    assertThat(
            Arrays.stream(ImportFormat.values())
                .map(f -> f.name().toLowerCase(Locale.ROOT).replace('_', '-')))
        .allSatisfy(name -> assertThat(help).contains(name));
  }

  @Test
  void failure_exitOneWithMessageAndTheLocalDetail_onTheErrorStream() {
    when(store.signal())
        .thenThrow(
            new FailedPreconditionException(
                Reason.STORE_LOCKED, "the store is in use", "lock file /x/LOCK", null));

    assertThat(run("signal")).isEqualTo(CapshiftCli.EXIT_FAILED);

    assertThat(err.toString()).isEqualTo("capshift: the store is in use (lock file /x/LOCK)\n");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void badPolicy_usageErrorNamingTheOption_noJavaType() {
    assertThat(run("valuation", "--id", "x", "--negative-earnings", "none")).isEqualTo(2);

    assertThat(err.toString())
        .contains("--negative-earnings", "must be include, exclude or fund, got 'none'")
        .doesNotContain("Exception", "io.capshift");
  }

  @Test
  void backtest_thresholdOutOfRange_namedAsTheOption() {
    assertThat(run("backtest", "--threshold", "12")).isEqualTo(CapshiftCli.EXIT_FAILED);

    assertThat(err.toString()).contains("--threshold: must be in [0, 10), got 12.0");
  }

  @Test
  void serve_settingsGoToTheBackend() {
    assertThat(run("serve", "--port", "0", "--host", "localhost")).isZero();

    assertThat(out.toString()).isEqualTo("serving localhost:0\n");
  }

  @Test
  void wrongCommandLines_exitTwo_sayWhatAndWhereToLook_andOpenNoStore() {
    assertThat(run("signal", "--as-off", "2025-01-01")).isEqualTo(CapshiftCli.EXIT_USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "capshift: unknown option '--as-off'; did you mean --as-of?\n"
                + "see: capshift signal --help\n");

    err.getBuffer().setLength(0);
    assertThat(run("sginal")).isEqualTo(CapshiftCli.EXIT_USAGE);
    assertThat(err.toString())
        .startsWith("capshift: unknown command 'sginal'; did you mean signal?");

    err.getBuffer().setLength(0);
    assertThat(run("fund")).isEqualTo(CapshiftCli.EXIT_USAGE);
    assertThat(err.toString()).startsWith("capshift: missing --id=ID\n");
    verify(store, org.mockito.Mockito.never()).signal();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void helpAndVersion_exitZero_onTheOutput() {
    assertThat(run()).isZero();
    assertThat(out.toString()).startsWith("Usage: capshift [-hV] [COMMAND]").contains("  signal ");
    out.getBuffer().setLength(0);
    assertThat(run("help", "signal")).isZero();
    assertThat(out.toString())
        .startsWith("Usage: capshift signal [OPTIONS]")
        .contains("Exit codes:");
    out.getBuffer().setLength(0);
    assertThat(run("signal", "--as-of", "x", "-h")).as("help before the value is read").isZero();
    out.getBuffer().setLength(0);
    assertThat(run("-V")).isZero();
    assertThat(out.toString()).startsWith("capshift ");
    assertThat(err.toString()).isEmpty();
  }
}
