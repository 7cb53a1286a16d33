package io.capshift.bootstrap;

import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportResult;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code capshift import}: reads publishers' files into the local store. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Import data files into the store (the server must not be running on it).")
final class ImportCommand implements Callable<Integer> {
  @Mixin StoreOptions store;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE|DIR",
      description =
          "Files to import; a folder imports every .csv and .json file below it,"
              + " each format detected, and goes on past a file it cannot read.")
  List<Path> files;

  @Option(
      names = "--kind",
      defaultValue = "auto",
      paramLabel = "K",
      description =
          "File format: auto, sp500-financials, ishares-holdings, capshift-constituents,"
              + " capshift-fomc-meetings, capshift-target-ranges, shiller-monthly,"
              + " shiller-datahub, goyal-welch-monthly, dated-series, spdji-quarterly-eps,"
              + " spdji-index-pe-table, capshift-index-metrics, fomc-calendar-flags,"
              + " fomc-event-dates, fomc-calendar-json, fomc-actions, fomc-date-list,"
              + " barchart-fed-funds-contracts, capshift-futures-strip, etf-overview-snapshots,"
              + " wisdomtree-weights-wide, yahoo-daily-prices, french-portfolios,"
              + " capshift-fund-flows (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--id", paramLabel = "ID", description = "Index or fund id to store under.")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "As-of date, for files that do not state one.")
  LocalDate asOf;

  @Override
  public Integer call() throws IOException {
    ImportFormat format = parseFormat(kind);
    int failed = 0;
    try (Capshift capshift = store.open()) {
      for (Path path : files) {
        if (Files.isDirectory(path)) {
          failed += importFolder(capshift, path);
        } else {
          print(path, importOne(capshift, path, format));
        }
      }
    }
    return failed == 0 ? 0 : Main.EXIT_FAILED;
  }

  /**
   * Imports every .csv and .json file below {@code dir} in name order, detecting each format; a
   * file that cannot be imported is reported and the rest go on. Returns the failures.
   */
  private int importFolder(Capshift capshift, Path dir) throws IOException {
    List<Path> found;
    try (var walk = Files.walk(dir)) {
      found =
          walk.filter(Files::isRegularFile)
              .filter(
                  p ->
                      p.getFileName()
                          .toString()
                          .toLowerCase(Locale.ROOT)
                          .matches(".*\\.(csv|json)"))
              .sorted()
              .toList();
    }
    int failed = 0;
    int done = 0;
    for (Path file : found) {
      System.out.printf(Locale.ROOT, "[%d/%d] ", ++done, found.size());
      try {
        print(file, importOne(capshift, file, ImportFormat.AUTO));
      } catch (io.capshift.domain.error.CapshiftException e) {
        failed++;
        System.out.println(file + ": not imported: " + e.getMessage());
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%s: %d files, %d imported, %d not imported%n",
        dir,
        found.size(),
        found.size() - failed,
        failed);
    return failed;
  }

  private ImportResult importOne(Capshift capshift, Path file, ImportFormat format) {
    try (InputStream raw = Files.newInputStream(file)) {
      ProgressInputStream progress =
          new ProgressInputStream(
              new BufferedInputStream(raw, 1 << 16),
              file.getFileName().toString(),
              Files.size(file),
              System.err);
      ImportResult result =
          capshift
              .importer()
              .importDataset(
                  new ImportDatasetCommand(
                      file.toString(),
                      format,
                      Optional.ofNullable(id),
                      Optional.ofNullable(asOf),
                      progress));
      progress.finish();
      return result;
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("no such file: " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  static ImportFormat parseFormat(String kind) {
    try {
      return ImportFormat.valueOf(kind.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw io.capshift.domain.error.InvalidInputException.of(
          "--kind", "unknown format '" + kind + "'; see capshift import --help");
    }
  }

  private static void print(Path file, ImportResult r) {
    System.out.printf(
        Locale.ROOT,
        "%s (%s): read %,d rows, stored %,d, skipped %,d%n",
        file,
        r.stats().format(),
        r.stats().rowsRead(),
        r.stats().rowsStored(),
        r.stats().rowsSkipped());
    for (DatasetInfo d : r.stored()) {
      System.out.printf(
          Locale.ROOT,
          "  stored %s  %s  as of %s  %,d rows  (data version %d)%n",
          d.datasetId(),
          d.kind(),
          d.asOf(),
          d.rows(),
          d.version());
    }
    r.stats().firstSkipReasons().forEach(s -> System.out.println("  skipped " + s));
    r.stats().notes().forEach(n -> System.out.println("  note: " + n));
  }
}
