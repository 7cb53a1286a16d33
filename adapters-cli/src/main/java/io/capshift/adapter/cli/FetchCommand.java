package io.capshift.adapter.cli;

import io.capshift.adapter.cli.fetch.HttpFetcher;
import io.capshift.adapter.cli.fetch.Sources;
import io.capshift.adapter.cli.line.Command;
import io.capshift.adapter.cli.line.Invocation;
import io.capshift.adapter.cli.line.Mixin;
import io.capshift.adapter.cli.line.Option;
import io.capshift.adapter.cli.line.Parameters;
import io.capshift.adapter.cli.line.Spec;
import io.capshift.application.port.in.ImportDatasetCommand;
import io.capshift.application.port.in.UseCases;
import io.capshift.domain.error.CapshiftException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * {@code capshift fetch}: downloads from each publisher's own address and imports what came, with
 * what changed per source. A command-line action only: the server never fetches an address a client
 * names.
 */
@Command(
    name = "fetch",
    description =
        "Download the publishers' current files (FRED, the French library, Shiller's data, iShares"
            + " holdings, the SEC) and import them; --dry-run lists the addresses.")
class FetchCommand implements Callable<Integer> {
  /** Environment variable naming the SEC contact (an e-mail address) for its User-Agent. */
  static final String SEC_CONTACT_ENV = "CAPSHIFT_SEC_CONTACT";

  /** Environment variable prefix of a base-address override, e.g. CAPSHIFT_FETCH_BASE_FRED. */
  static final String BASE_ENV = "CAPSHIFT_FETCH_BASE_";

  /** The SEC's fair-access limit is 10 requests a second. */
  private static final Duration SEC_SPACING = Duration.ofMillis(110);

  @Spec Invocation spec;

  @Mixin StoreOption store;

  @Parameters(
      arity = "0..*",
      paramLabel = "SOURCE",
      description = "Sources to fetch: fred, french, shiller, ishares, sec (default: all).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--dry-run", description = "List what would be downloaded, and from where.")
  boolean dryRun;

  @Option(
      names = "--offline",
      description = "Import the files last downloaded, from the cache, without the network.")
  boolean offline;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Also each month end's iShares holdings from this date on.")
  LocalDate since;

  @Option(
      names = "--sec-contact",
      paramLabel = "EMAIL",
      description =
          "Contact the SEC's fair-access policy asks for in the User-Agent (default: $"
              + SEC_CONTACT_ENV
              + "); without one the SEC is not called.")
  String secContact;

  @Option(
      names = "--base",
      paramLabel = "SOURCE=URL",
      split = ",",
      description = "A source's base address in place of the publisher's (a mirror or a test).")
  Map<String, String> bases = new HashMap<>();

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description = "Where download validators are kept (default: ~/.cache/capshift/fetch).")
  Path cache;

  @Override
  public Integer call() {
    PrintWriter out = spec.out();
    List<String> names = sourcesToFetch(out);
    if (names.isEmpty()) {
      return 0;
    }
    Map<String, String> overrides = new HashMap<>();
    for (String n : allNames()) {
      String env = System.getenv(BASE_ENV + n.toUpperCase(Locale.US));
      if (env != null && !env.isBlank()) {
        overrides.put(n, env);
      }
    }
    overrides.putAll(bases);
    Sources registry = new Sources(overrides);
    LocalDate today = LocalDate.now(store.backend().clock());
    Optional<String> contact =
        Optional.ofNullable(secContact)
            .or(() -> Optional.ofNullable(System.getenv(SEC_CONTACT_ENV)))
            .filter(s -> !s.isBlank());
    if (dryRun) {
      for (String n : names) {
        Sources.Source s = Sources.named(n).orElseThrow();
        out.printf(Locale.US, "%s: %s (%s; %s)%n", n, s.publisher(), s.cadence(), s.terms());
        for (Sources.Download d : registry.downloads(n, today, Optional.ofNullable(since))) {
          out.printf(
              Locale.US,
              "  %s  -> %s (%s)%n",
              d.uri(),
              d.fileName(),
              ImportCommand.name(d.format()));
        }
        if (n.equals("sec") && contact.isEmpty() && !offline) {
          out.println("  (needs --sec-contact or $" + SEC_CONTACT_ENV + " before any SEC call)");
        }
      }
      out.println(
          "not fetched: fed funds futures and CME FedWatch have no free official machine-readable"
              + " source; save the strip as a capshift-futures-strip CSV and FedWatch's history"
              + " downloads, then capshift import them (docs/data-formats.md)");
      return 0;
    }
    String[] label = {""}; // the download under way, named on its progress bar
    HttpFetcher http =
        new HttpFetcher(
            HttpFetcher.Policy.DEFAULT,
            Optional.of(cacheDir()),
            "capshift " + contact.map(c -> "(" + c + ")").orElse("(no contact given)"),
            d -> Thread.sleep(d.toMillis()),
            (uri, declared, body) -> new ProgressInputStream(body, label[0], declared, spec.err()));
    Map<Done, Integer> tally = new EnumMap<>(Done.class);
    try (UseCases capshift = store.open()) {
      for (String n : names) {
        if (n.equals("sec") && contact.isEmpty()) {
          out.println(
              "sec: skipped: the SEC asks every caller for a contact; pass --sec-contact EMAIL or"
                  + " set $"
                  + SEC_CONTACT_ENV);
          continue;
        }
        List<Sources.Download> downloads = registry.downloads(n, today, Optional.ofNullable(since));
        int done = 0;
        for (Sources.Download d : downloads) {
          out.printf(Locale.US, "[%s %d/%d] ", n, ++done, downloads.size());
          label[0] =
              String.format(Locale.US, "[%s %d/%d] %s", n, done, downloads.size(), d.fileName());
          tally.merge(fetchOne(capshift, http, d, out), 1, Integer::sum);
          if (n.equals("sec") && !offline) {
            pause(SEC_SPACING);
          }
        }
      }
    }
    out.printf(
        Locale.US,
        "fetch: %d imported, %d unchanged, %d not fetched or not imported%n",
        tally.getOrDefault(Done.IMPORTED, 0),
        tally.getOrDefault(Done.UNCHANGED, 0),
        tally.getOrDefault(Done.FAILED, 0));
    return tally.getOrDefault(Done.FAILED, 0) == 0 ? 0 : CapshiftCli.EXIT_FAILED;
  }

  /** The sources named, else every one. */
  List<String> sourcesToFetch(PrintWriter out) {
    return sources.isEmpty() ? allNames() : normalised(sources);
  }

  /** How one download ended. */
  private enum Done {
    IMPORTED,
    UNCHANGED,
    FAILED
  }

  /** Downloads and imports one file. */
  private Done fetchOne(UseCases capshift, HttpFetcher http, Sources.Download d, PrintWriter out) {
    HttpFetcher.Outcome o;
    if (offline) {
      Optional<byte[]> kept = http.cached(d.uri());
      if (kept.isEmpty()) {
        out.printf(
            Locale.US,
            "%s %s: not in the cache (fetch it once online)%n",
            d.source(),
            d.fileName());
        return Done.FAILED;
      }
      o = new HttpFetcher.Fetched(d.uri(), kept.get(), 0);
    } else {
      o = http.get(d.uri());
    }
    if (o instanceof HttpFetcher.NotModified) {
      out.printf(
          Locale.US,
          "%s %s: unchanged since the last fetch (%s)%n",
          d.source(),
          d.fileName(),
          d.uri());
      return Done.UNCHANGED;
    }
    if (o instanceof HttpFetcher.Failed f) {
      out.printf(
          Locale.US,
          "%s %s: not fetched from %s: %s%n",
          d.source(),
          d.fileName(),
          f.uri(),
          f.why());
      return Done.FAILED;
    }
    byte[] body = ((HttpFetcher.Fetched) o).body();
    try (InputStream in = d.zipped() ? unzipped(body) : new ByteArrayInputStream(body)) {
      var r =
          capshift
              .importer()
              .importDataset(
                  new ImportDatasetCommand(
                      d.fileName(), d.format(), Optional.empty(), d.asOf(), in));
      out.printf(Locale.US, "%s %s <- %s%n", d.source(), d.fileName(), o.uri());
      ImportCommand.print(out, "  " + d.fileName(), r);
      return Done.IMPORTED;
    } catch (CapshiftException | IOException e) {
      out.printf(
          Locale.US,
          "%s %s: fetched from %s but not imported: %s%n",
          d.source(),
          d.fileName(),
          o.uri(),
          e.getMessage());
      return Done.FAILED;
    }
  }

  /** The one CSV in a zip. */
  private static InputStream unzipped(byte[] body) throws IOException {
    ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(body));
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (!e.isDirectory() && e.getName().toLowerCase(Locale.US).endsWith(".csv")) {
        return zip;
      }
    }
    zip.close();
    throw new IOException("the zip holds no CSV file");
  }

  private Path cacheDir() {
    if (cache != null) {
      return cache;
    }
    return Path.of(System.getProperty("user.home"), ".cache", "capshift", "fetch");
  }

  private static void pause(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static List<String> allNames() {
    return Sources.ALL.stream().map(Sources.Source::name).toList();
  }

  private List<String> normalised(List<String> asked) {
    List<String> out = new ArrayList<>();
    for (String a : asked) {
      String n = a.strip().toLowerCase(Locale.US);
      if (Sources.named(n).isEmpty()) {
        throw new io.capshift.adapter.cli.line.UsageException(
            "unknown source '" + a + "'; the sources are " + allNames());
      }
      out.add(n);
    }
    return out;
  }
}
