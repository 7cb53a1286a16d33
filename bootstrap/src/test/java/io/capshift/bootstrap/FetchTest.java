package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code capshift fetch} against a local server standing in for the publishers: it serves files of
 * {@code ../shared/data} at the publishers' paths (the French file zipped, as the library serves
 * it) and 404 for the rest; never the network.
 */
class FetchTest {
  @TempDir Path dir;
  private HttpServer server;
  private Map<String, byte[]> files;

  @BeforeEach
  void start() throws IOException {
    files =
        Map.of(
            "/fred/graph/fredgraph.csv?id=DFEDTARU",
            read("fed-policy-rates/DFEDTARU_2008-12-16_2025-11-12.csv"),
            "/french/Portfolios_Formed_on_ME_CSV.zip",
            zip(
                "Portfolios_Formed_on_ME.csv",
                read("french-size-portfolios/Portfolios_Formed_on_ME_CRSP202602.csv")),
            "/shiller/data.csv",
            read("shiller-sp500-monthly/datahub_s-and-p-500_data.csv"),
            "/ishares/239710/ishares-russell-2000-etf/1467271812596.ajax?fileType=csv"
                + "&fileName=IWM_holdings&dataType=fund",
            read("ishares-iwm-holdings/IWM_holdings_2026-04-10.csv"));
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void serve(HttpExchange x) throws IOException {
    byte[] body = files.get(x.getRequestURI().toString());
    if (body == null) {
      x.sendResponseHeaders(404, -1);
    } else {
      x.sendResponseHeaders(200, body.length);
      try (OutputStream out = x.getResponseBody()) {
        out.write(body);
      }
    }
    x.close();
  }

  @Test
  void fetch_fromAStandIn_importsWhatCameAndNamesWhatDidNot() {
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    Cli.Run r =
        Cli.run(
            "fetch",
            "fred",
            "french",
            "shiller",
            "ishares",
            "sec",
            "--base",
            bases(base),
            "--cache",
            dir.resolve("cache").toString(),
            "--data",
            dir.resolve("store").toString());

    // the stand-in has one FRED series of seven, one French file of four, one fund of five
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out())
        .contains("fred DFEDTARU.csv <- " + base + "/fred/graph/fredgraph.csv?id=DFEDTARU")
        .contains("stored dfedtaru@2025-11-12  SERIES")
        .contains(
            "fred DFF.csv: not fetched from " + base + "/fred/graph/fredgraph.csv?id=DFF: HTTP 404")
        .contains(
            "french Portfolios_Formed_on_ME.csv <- "
                + base
                + "/french/Portfolios_Formed_on_ME_CSV.zip")
        .containsPattern("stored ff-size@2026-0\\d-01  SERIES")
        .contains("stored shiller-datahub@")
        .contains("stored IWM@2026-04-10  FUND_HOLDINGS")
        .contains("ishares IJR_holdings.csv: not fetched")
        .contains("sec: skipped: the SEC asks every caller for a contact")
        .endsWith("fetch: 4 imported, 0 unchanged, 13 not fetched or not imported\n");

    // what came is in the store, and the report reads it: momentum from the French file, the
    // large caps' P/E from the Shiller mirror (2023-06: 4,345.37 / 181.17 = 23.99)
    Cli.Run datasets = Cli.run("datasets", "--data", dir.resolve("store").toString());
    assertThat(datasets.out()).contains("dfedtaru@2025-11-12").contains("IWM@2026-04-10");
    Cli.Run report =
        Cli.run("report", "--as-of", "2026-03-02", "--data", dir.resolve("store").toString());
    assertThat(report.out())
        .contains("relative momentum                0.11")
        .contains("shiller-datahub:pe at 2023-06-01: 23.99");

    // update fetches again the sources the store now holds data of, and not the SEC
    Cli.Run update =
        Cli.run(
            "update",
            "--base",
            bases(base),
            "--cache",
            dir.resolve("cache").toString(),
            "--data",
            dir.resolve("store").toString());
    assertThat(update.out())
        .startsWith("update: the store holds data of fred, french, shiller, ishares\n")
        .contains("stored IWM@2026-04-10  FUND_HOLDINGS")
        .doesNotContain("sec:");

    // offline, with the stand-in gone: what was downloaded is imported again from the cache
    server.stop(0);
    Cli.Run offline =
        Cli.run(
            "fetch",
            "fred",
            "ishares",
            "--offline",
            "--base",
            "fred=" + base + "/fred/graph/fredgraph.csv,ishares=" + base + "/ishares",
            "--cache",
            dir.resolve("cache").toString(),
            "--data",
            dir.resolve("fresh").toString());
    assertThat(offline.out())
        .contains("[fred 2/7] fred DFEDTARU.csv <- " + base)
        .contains("stored dfedtaru@2025-11-12  SERIES")
        .contains("fred DFF.csv: not in the cache")
        .contains("stored IWM@2026-04-10  FUND_HOLDINGS");
  }

  @Test
  void dryRun_listsThePublishersAddresses_withoutAStoreOrNetwork() {
    Cli.Run r = Cli.run("fetch", "--dry-run", "--data", dir.resolve("store").toString());

    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DFF  -> DFF.csv")
        .contains(
            "https://mba.tuck.dartmouth.edu/pages/faculty/ken.french/ftp/"
                + "Portfolios_Formed_on_ME_CSV.zip")
        .contains("https://www.sec.gov/files/company_tickers.json")
        .contains("https://data.sec.gov/api/xbrl/frames/us-gaap/NetIncomeLoss/USD/")
        .contains("needs --sec-contact")
        .contains("no free official machine-readable source");
    assertThat(Files.exists(dir.resolve("store"))).isFalse();
  }

  /** The stand-in's base address for each source it serves. */
  private static String bases(String base) {
    return "fred="
        + base
        + "/fred/graph/fredgraph.csv,french="
        + base
        + "/french,shiller="
        + base
        + "/shiller,ishares="
        + base
        + "/ishares";
  }

  private static byte[] read(String relative) throws IOException {
    return Files.readAllBytes(SharedData.file(relative));
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      z.putNextEntry(new ZipEntry(name));
      z.write(content);
      z.closeEntry();
    }
    return bytes.toByteArray();
  }
}
