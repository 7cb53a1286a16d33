package io.capshift.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The command line as a user times it: {@code ./capshift …} through the launcher on the store with
 * everything imported, wall time from the shell, beside the pandas script an analyst would write
 * instead ({@code ../shared/peers/pandas_report.py}), the two interleaved run by run so both see
 * the same machine.
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
    // one untimed run of each: the first run after a build writes the class-data archive
    for (List<String> c : commands) {
      time(prepend(launcher.toString(), c), root);
    }
    if (pandas) {
      time(List.of("/usr/bin/python3", script.toString(), shared.toString()), root);
    }
    double[][] ms = new double[commands.size()][runs];
    double[] py = new double[runs];
    for (int r = 0; r < runs; r++) {
      for (int i = 0; i < commands.size(); i++) {
        ms[i][r] = time(prepend(launcher.toString(), commands.get(i)), root);
      }
      if (pandas) {
        py[r] = time(List.of("/usr/bin/python3", script.toString(), shared.toString()), root);
      }
    }
    double report = median(ms[0]);
    t.add(
        "shell",
        String.format(Locale.US, "./capshift report --as-of %s, median of %d", DATE, runs),
        range(ms[0]),
        "<= 300 ms",
        report <= 300 ? "met" : "NOT met");
    if (pandas) {
      t.add(
          "shell",
          String.format(Locale.US, "pandas_report.py (the peer script), median of %d", runs),
          range(py));
      t.ratio("shell", "pandas script time / capshift report time", median(py) / report, ">=", 2.0);
    } else {
      t.add(
          "shell",
          "pandas_report.py",
          "not run: /usr/bin/python3 lacks pandas (apt-get install python3-pandas)");
    }
    String[] names = {"valuation --id sp500", "fedwatch --as-of " + DATE, "signal --as-of " + DATE};
    for (int i = 1; i <= 3; i++) {
      double m = median(ms[i]);
      t.add(
          "shell",
          "./capshift " + names[i - 1] + ", median of " + runs,
          range(ms[i]),
          "<= 250 ms",
          m <= 250 ? "met" : "NOT met");
    }
    t.add("shell", "./capshift -V, median of " + runs, range(ms[4]));
  }

  private static List<String> prepend(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** Wall milliseconds of one run; its output discarded. */
  private static double time(List<String> command, Path dir)
      throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
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
