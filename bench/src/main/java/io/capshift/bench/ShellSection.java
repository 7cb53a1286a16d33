package io.capshift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line as a user times it: {@code ./capshift …} through the launcher on the store with
 * everything imported, wall time from the shell, beside the pandas script an analyst would write
 * instead ({@code ../shared/peers/pandas_report.py}), the two interleaved run by run so both see
 * the same machine. Each command is timed computed (no answer kept) and asked again (the answer
 * kept by an earlier run of the same question on the unchanged store).
 */
final class ShellSection {
  private static final String DATE = "2025-11-03";

  private ShellSection() {}

  static void run(Table t, Path root, Path shared, Path fullStore, int runs)
      throws IOException, InterruptedException {
    Path launcher = root.resolve("capshift");
    String store = fullStore.toString();
    List<List<String>> commands =
        List.of(
            List.of("report", "--as-of", DATE, "--data", store),
            List.of("valuation", "--id", "sp500", "--data", store),
            List.of("fedwatch", "--as-of", DATE, "--data", store),
            List.of("signal", "--as-of", DATE, "--data", store),
            List.of("-V"));
    Path script = shared.resolveSibling("peers").resolve("pandas_report.py");
    boolean pandas = hasPandas() && Files.isRegularFile(script);
    // Each command twice a round: computed (no answers kept, as the first run after an import,
    // a fetch or a new day is), and answered again from the answer the warm-up run kept.
    Path answers = Files.createTempDirectory("capshift-bench-answers");
    Map<String, String> computed = Map.of("CAPSHIFT_ANSWERS", "off");
    Map<String, String> kept = Map.of("CAPSHIFT_ANSWERS", answers.toString());
    try {
      // one untimed run of each: the first run after a build writes the class-data archive (and
      // computes, so it loads every class the command needs); it keeps the answer too
      for (List<String> c : commands) {
        time(prepend(launcher.toString(), c), root, kept);
      }
      if (pandas) {
        time(List.of("/usr/bin/python3", script.toString(), shared.toString()), root, Map.of());
      }
      double[][] ms = new double[commands.size()][runs];
      double[][] again = new double[commands.size()][runs];
      double[] py = new double[runs];
      for (int r = 0; r < runs; r++) {
        for (int i = 0; i < commands.size(); i++) {
          List<String> c = prepend(launcher.toString(), commands.get(i));
          ms[i][r] = time(c, root, computed);
          again[i][r] = time(c, root, kept);
        }
        if (pandas) {
          py[r] =
              time(
                  List.of("/usr/bin/python3", script.toString(), shared.toString()),
                  root,
                  Map.of());
        }
      }
      String[] names = {
        "report --as-of " + DATE,
        "valuation --id sp500",
        "fedwatch --as-of " + DATE,
        "signal --as-of " + DATE
      };
      for (int i = 0; i < names.length; i++) {
        String bound = i == 0 ? "<= 300 ms" : "<= 250 ms";
        double limit = i == 0 ? 300 : 250;
        t.add(
            "shell",
            String.format(Locale.US, "./capshift %s, computed, median of %d", names[i], runs),
            range(ms[i]),
            bound,
            median(ms[i]) <= limit ? "met" : "NOT met");
        t.add(
            "shell",
            String.format(
                Locale.US,
                "./capshift %s, asked again (answer kept), median of %d",
                names[i],
                runs),
            range(again[i]),
            bound,
            median(again[i]) <= limit ? "met" : "NOT met");
        if (i == 0) {
          if (pandas) {
            t.add(
                "shell",
                String.format(Locale.US, "pandas_report.py (the peer script), median of %d", runs),
                range(py));
            t.ratio(
                "shell",
                "pandas script time / capshift report time, computed",
                median(py) / median(ms[0]),
                ">=",
                2.0);
            t.ratio(
                "shell",
                "pandas script time / capshift report time, asked again",
                median(py) / median(again[0]),
                ">=",
                2.0);
          } else {
            t.add(
                "shell",
                "pandas_report.py",
                "not run: /usr/bin/python3 lacks pandas (apt-get install python3-pandas)");
          }
        }
      }
      t.add("shell", "./capshift -V, median of " + runs, range(ms[4]));
    } finally {
      try (java.util.stream.Stream<Path> files = Files.list(answers)) {
        for (Path f : files.toList()) {
          Files.deleteIfExists(f);
        }
      }
      Files.deleteIfExists(answers);
    }
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Wall milliseconds of one run with {@code env} added to its environment; output discarded. */
  private static double time(List<String> command, Path dir, Map<String, String> env)
      throws IOException, InterruptedException {
    ProcessBuilder b =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    b.environment().putAll(env);
    long t0 = System.nanoTime();
    Process p = b.start();
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("timed out: " + command);
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    if (p.exitValue() != 0) {
      throw new IOException("exit " + p.exitValue() + ": " + command);
    }
    return ms;
  }

  private static boolean hasPandas() throws InterruptedException {
    try {
      Process p =
          new ProcessBuilder("/usr/bin/python3", "-c", "import pandas")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }

  private static double median(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static String range(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return String.format(Locale.US, "%.0f ms (%.0f–%.0f)", s[s.length / 2], s[0], s[s.length - 1]);
  }
}
