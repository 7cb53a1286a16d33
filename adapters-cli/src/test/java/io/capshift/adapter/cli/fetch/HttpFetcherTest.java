package io.capshift.adapter.cli.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fetcher against a local HTTP server in the test: never the network. */
class HttpFetcherTest {
  private static final byte[] CSV =
      "observation_date,DFF\n2025-11-03,3.87\n2025-11-04,3.87\n".getBytes(StandardCharsets.UTF_8);
  private static final HttpFetcher.Policy FAST =
      new HttpFetcher.Policy(
          Duration.ofSeconds(2),
          Duration.ofMillis(500),
          3,
          Duration.ofMillis(10),
          Duration.ofSeconds(5),
          1_000_000,
          3);

  @TempDir Path cache;
  private HttpServer server;
  private final List<Duration> waits = new ArrayList<>();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<String> ifNoneMatch = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI at(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private HttpFetcher fetcher() {
    return new HttpFetcher(FAST, Optional.of(cache), "capshift-test", waits::add);
  }

  private void serve(String path, Handler h) {
    server.createContext(
        path,
        x -> {
          calls.incrementAndGet();
          x.getRequestHeaders().getOrDefault("If-None-Match", List.of()).forEach(ifNoneMatch::add);
          h.handle(x);
          x.close();
        });
  }

  @FunctionalInterface
  private interface Handler {
    void handle(HttpExchange x) throws IOException;
  }

  private static void send(HttpExchange x, int status, byte[] body) throws IOException {
    x.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = x.getResponseBody()) {
      out.write(body);
    }
  }

  @Test
  void watcher_seesEveryByteOfTheBody_andItsDeclaredLength() {
    serve("/DFF.csv", x -> send(x, 200, CSV));
    List<Long> declared = new ArrayList<>();
    AtomicInteger seen = new AtomicInteger();
    HttpFetcher watched =
        new HttpFetcher(
            FAST,
            Optional.empty(),
            "capshift-test",
            waits::add,
            (uri, length, body) -> {
              declared.add(length);
              return new java.io.FilterInputStream(body) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                  int n = super.read(b, off, len);
                  seen.addAndGet(Math.max(n, 0));
                  return n;
                }
              };
            });

    HttpFetcher.Outcome o = watched.get(at("/DFF.csv"));

    assertThat(o).isInstanceOf(HttpFetcher.Fetched.class);
    assertThat(declared).containsExactly((long) CSV.length);
    assertThat(seen.get()).isEqualTo(CSV.length);
  }

  @Test
  void ok_bodyReturned_thenNotModifiedWithItsEtag() {
    serve(
        "/DFF.csv",
        x -> {
          if ("\"v1\"".equals(x.getRequestHeaders().getFirst("If-None-Match"))) {
            send(x, 304, new byte[0]);
            return;
          }
          x.getResponseHeaders().add("ETag", "\"v1\"");
          x.getResponseHeaders().add("Content-Type", "text/csv");
          send(x, 200, CSV);
        });

    var first = fetcher().get(at("/DFF.csv"));
    var second = fetcher().get(at("/DFF.csv"));

    assertThat(first)
        .isInstanceOfSatisfying(
            HttpFetcher.Fetched.class, f -> assertThat(f.body()).isEqualTo(CSV));
    assertThat(second).isInstanceOf(HttpFetcher.NotModified.class);
    assertThat(ifNoneMatch).containsExactly("\"v1\"");
  }

  @Test
  void notFound_failsNamingTheStatus() {
    serve("/missing", x -> send(x, 404, "no".getBytes(StandardCharsets.UTF_8)));

    assertThat(fetcher().get(at("/missing")))
        .isEqualTo(new HttpFetcher.Failed(at("/missing"), "HTTP 404"));
    assertThat(calls).hasValue(1); // a 404 is not retried
  }

  @Test
  void tooManyRequests_waitsAsRetryAfterSays_thenSucceeds() {
    serve(
        "/busy",
        x -> {
          if (calls.get() == 1) {
            x.getResponseHeaders().add("Retry-After", "3");
            send(x, 429, new byte[0]);
          } else {
            send(x, 200, CSV);
          }
        });

    var r = fetcher().get(at("/busy"));

    assertThat(r)
        .isInstanceOfSatisfying(
            HttpFetcher.Fetched.class, f -> assertThat(f.attempts()).isEqualTo(2));
    assertThat(waits).containsExactly(Duration.ofSeconds(3));
  }

  @Test
  void serverError_retriedWithBackoff_thenSucceeds() {
    serve("/flaky", x -> send(x, calls.get() < 3 ? 500 : 200, CSV));

    var r = fetcher().get(at("/flaky"));

    assertThat(r)
        .isInstanceOfSatisfying(
            HttpFetcher.Fetched.class, f -> assertThat(f.attempts()).isEqualTo(3));
    assertThat(waits).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
  }

  @Test
  void serverErrorEveryTime_failsAfterTheLastTry() {
    serve("/down", x -> send(x, 503, new byte[0]));

    assertThat(fetcher().get(at("/down")))
        .isEqualTo(new HttpFetcher.Failed(at("/down"), "HTTP 503 after 3 tries"));
  }

  @Test
  void truncatedBody_fails() {
    serve(
        "/cut",
        x -> {
          x.sendResponseHeaders(200, CSV.length);
          OutputStream out = x.getResponseBody();
          out.write(CSV, 0, 10);
          out.flush();
          // the connection ends before the announced length
          x.getHttpContext().getServer().stop(0);
        });

    var r = fetcher().get(at("/cut"));

    assertThat(r)
        .isInstanceOfSatisfying(
            HttpFetcher.Failed.class,
            f -> assertThat(f.why()).containsAnyOf("truncated", "broke off"));
  }

  @Test
  void htmlErrorPageServedAs200_refused() {
    serve(
        "/page",
        x -> {
          x.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          send(
              x,
              200,
              "<!DOCTYPE html><html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8));
        });

    assertThat(fetcher().get(at("/page")))
        .isInstanceOfSatisfying(
            HttpFetcher.Failed.class, f -> assertThat(f.why()).startsWith("an HTML page"));
  }

  @Test
  void timeout_retriedThenFails() {
    serve(
        "/slow",
        x -> {
          try {
            Thread.sleep(1_500);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          send(x, 200, CSV);
        });

    assertThat(fetcher().get(at("/slow")))
        .isEqualTo(new HttpFetcher.Failed(at("/slow"), "timed out after 3 tries"));
  }

  @Test
  void redirect_sameHostFollowed_otherHostRefused() {
    serve(
        "/moved",
        x -> {
          x.getResponseHeaders().add("Location", "/DFF.csv");
          send(x, 301, new byte[0]);
        });
    serve("/DFF.csv", x -> send(x, 200, CSV));
    serve(
        "/away",
        x -> {
          x.getResponseHeaders().add("Location", "http://example.org/DFF.csv");
          send(x, 302, new byte[0]);
        });

    assertThat(fetcher().get(at("/moved")))
        .isInstanceOfSatisfying(
            HttpFetcher.Fetched.class, f -> assertThat(f.uri()).isEqualTo(at("/DFF.csv")));
    assertThat(fetcher().get(at("/away")))
        .isEqualTo(
            new HttpFetcher.Failed(
                at("/away"),
                "HTTP 302: redirect to another host refused (http://example.org/DFF.csv)"));
  }

  @Test
  void bodyOverTheLimit_refused() {
    byte[] big = new byte[2_000_000];
    java.util.Arrays.fill(big, (byte) 'x');
    serve("/big", x -> send(x, 200, big));

    assertThat(fetcher().get(at("/big")))
        .isInstanceOfSatisfying(
            HttpFetcher.Failed.class, f -> assertThat(f.why()).contains("over the limit"));
  }
}
