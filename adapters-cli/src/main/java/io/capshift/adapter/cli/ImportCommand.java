package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Parameters;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.in.ImportResult;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.CapshiftException;
import io.capshift.domain.error.InvalidInputException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code capshift import}: reads publishers' files into the local store. */
@Command(
    name = "import",
    description = "Import data files into the store (the server must not be running on it).")
final class ImportCommand implements Callable<Integer> {
  @Spec Invocation spec;

  @Mixin StoreOption store;

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
      completionCandidates = FormatNames.class,
      description = "File format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--id", paramLabel = "ID", description = "Index or fund id to store under.")
  String id;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      description = "As-of date, for files that do not state one.")
  LocalDate asOf;

  @Option(
      names = "--prices-as-of",
      paramLabel = "YYYY-MM-DD",
      description =
          "The date a futures contracts file's prices are of, where it is not the file's own"
              + " (download) date; a strip is never dated before its prices.")
  LocalDate pricesAsOf;

  @Override
  public Integer call() throws IOException {
    ImportFormat format = parseFormat(kind);
    PrintWriter out = spec.out();
    int failed = 0;
    try (UseCases capshift = store.open()) {
      for (Path path : files) {
        if (Files.isDirectory(path)) {
          failed += importFolder(capshift, path, out);
        } else {
          print(out, path, importOne(capshift, path, format));
        }
      }
    }
    return failed == 0 ? 0 : CapshiftCli.EXIT_FAILED;
  }

  /**
   * Imports every .csv and .json file below {@code dir} in name order, detecting each format; a
   * file that cannot be imported is reported and the rest go on. Returns the failures.
   */
  private int importFolder(UseCases capshift, Path dir, PrintWriter out) throws IOException {
    List<Path> found;
    try (var walk = Files.walk(dir)) {
      found =
          walk.filter(Files::isRegularFile)
              .filter(
                  p -> p.getFileName().toString().toLowerCase(Locale.US).matches(".*\\.(csv|json)"))
              .sorted()
              .toList();
    }
    int failed = 0;
    int done = 0;
    for (Path file : found) {
      out.printf(Locale.US, "[%d/%d] ", ++done, found.size());
      try {
        print(out, file, importOne(capshift, file, ImportFormat.AUTO));
      } catch (CapshiftException e) {
        failed++;
        out.println(file + ": not imported: " + e.getMessage());
      }
    }
    out.printf(
        Locale.US,
        "%s: %d files, %d imported, %d not imported%n",
        dir,
        found.size(),
        found.size() - failed,
        failed);
    return failed;
  }

  private ImportResult importOne(UseCases capshift, Path file, ImportFormat format) {
    try (InputStream raw = Files.newInputStream(file)) {
      ProgressInputStream progress =
          new ProgressInputStream(
              new BufferedInputStream(raw, 1 << 16),
              file.getFileName().toString(),
              Files.size(file),
              spec.err());
      ImportResult result =
          capshift
              .importer()
              .importDataset(
                  new ImportDatasetCommand(
                      file.toString(),
                      format,
                      Optional.ofNullable(id),
                      Optional.ofNullable(asOf),
                      progress,
                      Optional.ofNullable(pricesAsOf)));
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
      return ImportFormat.valueOf(kind.strip().toUpperCase(Locale.US).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "--kind", "unknown format '" + kind + "'; see capshift import --help");
    }
  }

  /** A format as the command line takes it: {@code sp500-financials}. */
  static String name(ImportFormat format) {
    return format.name().toLowerCase(Locale.US).replace('_', '-');
  }

  static void print(PrintWriter out, Object file, ImportResult r) {
    out.printf(
        Locale.US,
        "%s (%s): read %,d rows, stored %,d, skipped %,d%n",
        file,
        name(r.stats().format()),
        r.stats().rowsRead(),
        r.stats().rowsStored(),
        r.stats().rowsSkipped());
    for (DatasetInfo d : r.stored()) {
      out.printf(
          Locale.US,
          "  stored %s  %s  as of %s  %,d rows  (data version %d)%n",
          d.datasetId(),
          d.kind(),
          d.dating(),
          d.rows(),
          d.version());
    }
    r.stats().firstSkipReasons().forEach(s -> out.println("  skipped " + s));
    r.stats().notes().forEach(n -> out.println("  note: " + n));
  }

  /** The formats as the command line names them: {@code auto}, then each in lower kebab case. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Arrays.stream(ImportFormat.values())
          .map(f -> f.name().toLowerCase(Locale.US).replace('_', '-'))
          .iterator();
    }
  }
}
