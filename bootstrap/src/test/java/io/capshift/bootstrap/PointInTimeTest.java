package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.capshift.adapter.cli.CapshiftCli;
import io.capshift.adapter.cli.CliBackend;
import io.capshift.adapter.cli.ServeSettings;
import io.capshift.adapter.persistence.store.FileDatasetRepository;
import io.capshift.application.port.in.GetRotationSignalUseCase;
import io.capshift.application.port.in.RunBacktestUseCase;
import io.capshift.application.port.in.RunEventStudyUseCase;
import io.capshift.application.port.in.UseCases;
import io.capshift.application.port.out.ParsedDataset;
import io.capshift.application.service.KnownAt;
import io.capshift.domain.error.FailedPreconditionException;
import io.capshift.domain.signal.BacktestConfig;
import io.capshift.domain.signal.RotationSignal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The point-in-time promise as a property: for each of 26 dates from 1990 to 2026 and each command
 * that takes a date, the answer from the whole store (everything in ../shared/data imported) is the
 * answer from a store built from only what was known at that date ({@link KnownAt}: the datasets
 * dated by then, later vintages' observations up to it, target-range changes and published figures
 * of their own dates by then, nothing else). An answer is its printed text with the store's data
 * version masked; a refusal is compared by its exit code. Pointers to later data that an answer did
 * not use are masked as well: "the first is dated …", "the earliest is from …", a note that a later
 * sheet "is dated after" the date, and the reason of a report section that lacks data, since they
 * tell the user where to look, not what was known. The table of dates and commands is printed. At
 * each month-end date, the backtest's position for the next month is checked against the signal of
 * the store of what was known then.
 */
class PointInTimeTest {
  private static final Clock CLOCK = InProcessCapshift.CLOCK;

  static final List<String> DATES =
      List.of(
          "1990-06-29",
          "1992-03-15",
          "1994-11-30",
          "1996-05-15",
          "1998-10-31",
          "2000-03-10",
          "2001-09-28",
          "2003-06-30",
          "2005-01-31",
          "2007-09-19",
          "2008-12-31",
          "2010-07-15",
          "2012-12-31",
          "2015-12-16",
          "2018-06-30",
          "2019-06-30",
          "2020-03-31",
          "2021-12-31",
          "2022-06-30",
          "2022-08-31",
          "2024-08-31",
          "2024-09-30",
          "2025-06-30",
          "2025-11-03",
          "2026-03-31",
          "2026-12-03");

  /** Each command that takes a date, by a short name, with {@code D} for the date. */
  static final Map<String, List<String>> COMMANDS = new LinkedHashMap<>();

  static {
    COMMANDS.put("signal", List.of("signal", "--as-of", "D"));
    COMMANDS.put("earnings", List.of("earnings", "sp500", "--as-of", "D"));
    COMMANDS.put("fedwatch", List.of("fedwatch", "--as-of", "D"));
    COMMANDS.put("history", List.of("history", "shiller:pe", "--as-of", "D"));
    COMMANDS.put(
        "compare", List.of("compare", "--small", "sp600", "--large", "sp500", "--as-of", "D"));
    COMMANDS.put("valuation", List.of("valuation", "--id", "sp500", "--as-of", "D"));
    COMMANDS.put("fund", List.of("fund", "IWM", "--as-of", "D"));
    COMMANDS.put("look-through", List.of("valuation", "--id", "IWM", "--as-of", "D"));
    COMMANDS.put("choose", List.of("choose", "--as-of", "D"));
    COMMANDS.put(
        "compare-look-through",
        List.of("compare", "--small", "IWM", "--large", "sp500", "--as-of", "D"));
    COMMANDS.put("funds", List.of("funds", "IWM", "DES", "IJR", "SPY", "--as-of", "D"));
    COMMANDS.put("flows", List.of("flows", "IWM", "--to", "D"));
    COMMANDS.put("report", List.of("report", "--as-of", "D"));
  }

  @TempDir Path temp;

  private final Map<Path, Capshift> open = new HashMap<>();

  @Test
  void everyDatedCommand_atEachDate_answersAsAStoreOfWhatWasKnownThen() throws Exception {
    Optional<Path> shared = SharedData.root();
    assumeTrue(
        shared.isPresent(),
        "../shared/data not found beside the checkout: point-in-time test skipped");
    Path full = temp.resolve("full");
    assertThat(Cli.run(CLOCK, "import", shared.get().toString(), "--data", full.toString()).code())
        .isIn(0, 1); // some files of the folder are not data capshift reads
    Map<String, Path> stores = new LinkedHashMap<>();
    try (FileDatasetRepository whole = FileDatasetRepository.open(full, CLOCK)) {
      for (String d : DATES) {
        List<ParsedDataset> known = KnownAt.cut(whole, LocalDate.parse(d));
        Path dir = temp.resolve("at-" + d);
        try (FileDatasetRepository cut = FileDatasetRepository.open(dir, CLOCK)) {
          if (!known.isEmpty()) {
            cut.saveAll(known);
          }
        }
        stores.put(d, dir);
      }
    }
    List<String> differences = new ArrayList<>();
    StringBuilder table = new StringBuilder(String.format("%-11s", "date"));
    COMMANDS.keySet().forEach(c -> table.append(String.format("%-10s", c)));
    table.append('\n');
    int answered = 0;
    Map<String, Integer> answeredBy = new HashMap<>();
    try {
      for (String d : DATES) {
        table.append(String.format("%-11s", d));
        for (var c : COMMANDS.entrySet()) {
          String[] args =
              c.getValue().stream().map(a -> a.equals("D") ? d : a).toArray(String[]::new);
          Result whole = run(full, args);
          Result known = run(stores.get(d), args);
          String cell;
          if (whole.code() == 0 && known.code() == 0 && whole.out().equals(known.out())) {
            cell = "=";
            answered++;
            answeredBy.merge(c.getKey(), 1, Integer::sum);
          } else if (whole.code() != 0 && whole.code() == known.code()) {
            cell = "= err";
          } else {
            cell = "DIFFERS";
            differences.add(
                d + " " + c.getKey() + ":\n--- whole store\n" + whole + "--- known then\n" + known);
          }
          table.append(String.format("%-10s", cell));
        }
        table.append('\n');
      }
      backtestIsTheSignalOfTheStoreKnownThen(full, stores);
    } finally {
      for (Capshift c : open.values()) {
        c.close();
      }
    }
    System.out.println("point in time, whole store against a store of what was known then:");
    System.out.print(table);
    System.out.printf(
        "%d of %d answers compared equal; the rest refused on both stores%n",
        answered, DATES.size() * COMMANDS.size());
    assertThat(differences).as("answers that saw what was not known then").isEmpty();
    // every command answers at some of the dates, so each answer path is compared, not only
    // refusals (a refusal means nothing of that kind was known at the date)
    assertThat(answeredBy.keySet()).containsExactlyInAnyOrderElementsOf(COMMANDS.keySet());
    assertThat(answered).isGreaterThanOrEqualTo(100);
  }

  /**
   * On the real data: at each month-end date of the table, the backtest's position for the next
   * month is the call the signal makes at that date from the store of what was known then.
   */
  private void backtestIsTheSignalOfTheStoreKnownThen(Path full, Map<String, Path> stores) {
    Capshift whole =
        open.computeIfAbsent(full.toAbsolutePath().normalize(), d -> Capshift.open(d, CLOCK));
    var positions =
        whole
            .backtest()
            .runBacktest(
                new RunBacktestUseCase.Query(
                    RunEventStudyUseCase.DEFAULT_SMALL,
                    RunEventStudyUseCase.DEFAULT_LARGE,
                    Optional.empty(),
                    Optional.empty(),
                    BacktestConfig.DEFAULT),
                () -> false)
            .result()
            .positions();
    int checked = 0;
    StringBuilder line =
        new StringBuilder("backtest position = signal of the store known then at:");
    for (String d : DATES) {
      LocalDate date = LocalDate.parse(d);
      YearMonth next = YearMonth.from(date).plusMonths(1);
      var held = positions.stream().filter(p -> p.month().equals(next)).findFirst();
      if (!date.equals(YearMonth.from(date).atEndOfMonth()) || held.isEmpty()) {
        continue;
      }
      Capshift known =
          open.computeIfAbsent(
              stores.get(d).toAbsolutePath().normalize(), x -> Capshift.open(x, CLOCK));
      double weight;
      double score;
      try {
        // the backtest reads one named fund throughout (IWM by default), so the signal it is
        // compared with names the same fund rather than the one the fund choice ranks first
        var at = GetRotationSignalUseCase.Query.at(date);
        RotationSignal s =
            known
                .signal()
                .getRotationSignal(
                    new GetRotationSignalUseCase.Query(
                        date,
                        at.smallId(),
                        at.largeId(),
                        GetRotationSignalUseCase.Query.DEFAULT_SMALL_FUND,
                        at.largeFund()));
        weight =
            switch (s.stance()) {
              case OVERWEIGHT_SMALL -> 1;
              case UNDERWEIGHT_SMALL -> 0;
              case NEUTRAL -> 0.5;
            };
        score = s.score();
      } catch (FailedPreconditionException noComponent) {
        weight = 0.5;
        score = 0;
      }
      assertThat(held.get().smallWeight()).as("position of %s", next).isEqualTo(weight);
      assertThat(held.get().score()).as("score of %s", next).isEqualTo(score);
      line.append(' ').append(d);
      checked++;
    }
    System.out.println(line);
    assertThat(checked).isGreaterThanOrEqualTo(15);
  }

  private record Result(int code, String out) {
    @Override
    public String toString() {
      return "exit " + code + "\n" + out;
    }
  }

  private Result run(Path store, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--data";
    all[args.length + 1] = store.toString();
    int code =
        CapshiftCli.execute(
            new OpenStores(), new PrintWriter(out, true), new PrintWriter(err, true), all);
    String text = (code == 0 ? out.toString() : err.toString());
    return new Result(code, masked(text));
  }

  /** The answer with the data version and the pointers to later data masked. */
  static String masked(String text) {
    return text.replaceAll("data version \\d+", "data version N")
        .replaceAll("; the first is dated \\d{4}-\\d{2}-\\d{2}", "")
        .replaceAll("; the earliest is from \\d{4}-\\d{2}-\\d{2}", "")
        .replaceAll("(?m)^  note: .* is dated after .*not used\\n", "")
        .replaceAll("(?m)^lacks data: .*$", "lacks data");
  }

  /** Opens each store once for the whole test; a command's close leaves it open. */
  private final class OpenStores implements CliBackend {
    @Override
    public UseCases open(Path dataDir) {
      Capshift c =
          open.computeIfAbsent(dataDir.toAbsolutePath().normalize(), d -> Capshift.open(d, CLOCK));
      return (UseCases)
          Proxy.newProxyInstance(
              UseCases.class.getClassLoader(),
              new Class<?>[] {UseCases.class},
              (proxy, method, args) ->
                  method.getName().equals("close") ? null : method.invoke(c, args));
    }

    @Override
    public Clock clock() {
      return CLOCK;
    }

    @Override
    public java.util.Optional<String> encode(
        Object answer, io.capshift.adapter.cli.OutputFormat format) {
      return new LocalBackend(CLOCK).encode(answer, format);
    }

    @Override
    public void serve(ServeSettings settings, Path dataDir, PrintWriter out) {
      throw new UnsupportedOperationException("not served in this test");
    }
  }
}
