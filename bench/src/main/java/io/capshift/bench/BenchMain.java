package io.capshift.bench;

import com.google.type.Date;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ./capshift bench}: every benchmark in one run, printed as one table of figures and ratios,
 * and written to {@code bench/target/bench-results.md}. None of it runs in the tests.
 *
 * <pre>
 * ./capshift bench [--shared DIR] [--quick] [--only micro,imports,startup,shell,grpc,overload]
 * [--profile]
 * ./capshift bench --soak MINUTES [--plant-leak]
 * </pre>
 *
 * {@code --quick} shortens every phase to check the harness itself; its figures are not for the
 * record. {@code --only} runs the sections named (the data sets are imported whenever a later
 * section needs them; {@code grpc} includes {@code overload}). {@code --profile} records each gRPC
 * server with Java Flight Recorder into {@code bench/target/profiles/}. {@code --soak MINUTES} runs
 * only the soak ({@link SoakSection}) and exits 1 if it fails; {@code --plant-leak} runs it on a
 * server with a leak planted ({@link PlantedLeak}), which must fail.
 */
public final class BenchMain {
  private BenchMain() {}

  public static void main(String[] args) throws Exception {
    Path root = Path.of(".").toAbsolutePath().normalize();
    Path shared = root.resolveSibling("shared").resolve("data");
    Path jar = root.resolve("bootstrap/target/capshift.jar");
    boolean quick = false;
    boolean profile = false;
    double soak = 0;
    boolean plantLeak = false;
    Set<String> only = Set.of("micro", "imports", "startup", "shell", "grpc");
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = Path.of(args[++i]).toAbsolutePath();
        case "--jar" -> jar = Path.of(args[++i]).toAbsolutePath();
        case "--quick" -> quick = true;
        case "--profile" -> profile = true;
        case "--only" -> only = Set.of(args[++i].split(","));
        case "--soak" -> soak = Double.parseDouble(args[++i]);
        case "--plant-leak" -> plantLeak = true;
        default -> {
          System.err.println(
              "usage: capshift bench [--shared DIR] [--jar capshift.jar] [--quick]"
                  + " [--only micro,imports,startup,shell,grpc,overload] [--profile]"
                  + " | --soak MINUTES [--plant-leak]");
          System.exit(2);
        }
      }
    }
    if (plantLeak && soak <= 0) {
      System.err.println("capshift bench: --plant-leak goes with --soak MINUTES");
      System.exit(2);
    }
    if (!Files.isDirectory(shared)) {
      System.err.println(
          "capshift bench: "
              + shared
              + " is missing; the import, start-up and gRPC "
              + "figures need the shared data sets (--shared DIR)");
      System.exit(2);
    }
    if (!Files.isRegularFile(jar)) {
      System.err.println(
          "capshift bench: " + jar + " is missing; build it: mvn -pl bench -am package");
      System.exit(2);
    }
    Path workDir = root.resolve("bench/target/bench-work");
    deleteTree(workDir);
    Files.createDirectories(workDir);
    Path full = workDir.resolve("store-full");

    long t0 = System.nanoTime();
    Table t = new Table();
    String machine = machine();
    System.out.println(
        "capshift bench "
            + (quick ? "(QUICK: not for the record) " : "")
            + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)
            + "\n"
            + machine);
    if (soak > 0) {
      phase("imports", t0);
      ImportSection.importAll(t, shared, full);
      phase(String.format(Locale.US, "soak, %.0f minutes", soak), t0);
      boolean passed =
          new SoakSection(t, jar, shared, workDir, soak, plantLeak, root.resolve("bench/target"))
              .run(full);
      String md =
          String.format(
              Locale.US,
              "Soak %s, %.1f minutes in all, `./capshift bench --soak %s%s`.%n%s%n%n%s",
              LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
              (System.nanoTime() - t0) / 60e9,
              args[java.util.Arrays.asList(args).indexOf("--soak") + 1],
              plantLeak ? " --plant-leak" : "",
              machine,
              t.markdown());
      Path out =
          root.resolve(plantLeak ? "bench/target/soak-planted-leak.md" : "bench/target/soak.md");
      Files.writeString(out, md);
      System.out.println();
      System.out.println(md);
      System.out.println("written to " + out);
      deleteTree(workDir);
      System.exit(passed ? 0 : 1);
    }
    if (only.contains("micro")) {
      phase("micro-benchmarks (JMH)", t0);
      MicroSection.run(t, workDir, quick);
    }
    if (!only.equals(Set.of("micro"))) {
      phase("imports", t0);
      ImportSection.importAll(t, shared, full);
    }
    if (only.contains("imports")) {
      ImportSection.importSynthetic(t, workDir, quick ? 10 : 100);
      phase("report", t0);
      ImportSection.report(t, full, quick ? 3 : 11);
    }
    if (only.contains("startup")) {
      phase("start-up", t0);
      StartupSection.run(t, jar, workDir, full, quick ? 1 : 3);
    }
    if (only.contains("shell")) {
      phase("the command line beside the pandas script", t0);
      ShellSection.run(t, root, shared, full, quick ? 1 : 5);
    }
    Path profiles = profile ? Files.createDirectories(root.resolve("bench/target/profiles")) : null;
    GrpcSection grpc = new GrpcSection(t, jar, workDir, quick, profiles);
    if (only.contains("grpc")) {
      phase("gRPC: cached and TLS", t0);
      grpc.cachedAndTls(full);
      phase("gRPC: uncached", t0);
      grpc.uncached(full);
    }
    if (only.contains("grpc") || only.contains("overload")) {
      phase("gRPC: overload", t0);
      grpc.overload(full);
    }
    double minutes = (System.nanoTime() - t0) / 60e9;

    String md =
        String.format(
            Locale.US,
            "Run %s%s, %.1f minutes, `./capshift bench`.%n%s%n%n%s",
            LocalDate.now(),
            quick ? " (QUICK)" : "",
            minutes,
            machine,
            t.markdown());
    Path out = root.resolve("bench/target/bench-results.md");
    Files.writeString(out, md);
    System.out.println();
    System.out.println(md);
    System.out.println("written to " + out);
    deleteTree(workDir);
  }

  private static void phase(String name, long t0) {
    System.out.printf(Locale.US, "%n== %s (at %.0f s) ==%n", name, (System.nanoTime() - t0) / 1e9);
  }

  /** Cores, memory, CPU model, JDK and OS, as the table's header. */
  static String machine() throws IOException {
    String cpu = "unknown CPU";
    for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
      if (line.startsWith("model name")) {
        cpu = line.substring(line.indexOf(':') + 1).strip();
        break;
      }
    }
    long memKb = 0;
    for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
      if (line.startsWith("MemTotal:")) {
        memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return String.format(
        Locale.US,
        "Machine: %d cores (%s), %.1f GiB memory, %s %s (%s), %s %s",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        memKb / 1024.0 / 1024.0,
        System.getProperty("java.vm.name"),
        System.getProperty("java.runtime.version"),
        System.getProperty("java.vendor"),
        System.getProperty("os.name"),
        System.getProperty("os.version"));
  }

  static Date date(LocalDate d) {
    return Date.newBuilder()
        .setYear(d.getYear())
        .setMonth(d.getMonthValue())
        .setDay(d.getDayOfMonth())
        .build();
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Copies a closed store (every file but its lock) to {@code to}. */
  static Path copyTree(Path from, Path to) throws IOException {
    deleteTree(to);
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (!p.getFileName().toString().equals("LOCK")) {
          Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    return to;
  }
}
