package io.capshift.adapter.cli.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Downloads one address for {@code capshift fetch} with the JDK's {@link HttpClient}: connect and
 * read timeouts; up to {@link Policy#attempts()} tries on 429, 5xx and timeouts, waiting as the
 * server's {@code Retry-After} says (capped) or doubling from {@link Policy#backoff()}; conditional
 * requests from a local cache ({@code ETag}, {@code Last-Modified}), so an unchanged file is not
 * downloaded again; a size limit; redirects followed only within the same host; and a check that
 * the body is data rather than an HTML page or a truncated transfer. A failure says which address
 * and why, and returns no bytes.
 */
public final class HttpFetcher {
  /**
   * The limits of a fetch.
   *
   * @param connectTimeout to open the connection
   * @param readTimeout for the whole response
   * @param attempts tries in all, at least 1
   * @param backoff the first wait between tries, doubled each time
   * @param maxWait the longest wait, also the cap on a server's {@code Retry-After}
   * @param maxBytes the largest body accepted
   * @param maxRedirects redirects followed within the same host
   */
  public record Policy(
      Duration connectTimeout,
      Duration readTimeout,
      int attempts,
      Duration backoff,
      Duration maxWait,
      long maxBytes,
      int maxRedirects) {
    /** 10 s to connect, 60 s to read, 4 tries from 1 s up to 30 s, 200 MB, 5 redirects. */
    public static final Policy DEFAULT =
        new Policy(
            Duration.ofSeconds(10),
            Duration.ofSeconds(60),
            4,
            Duration.ofSeconds(1),
            Duration.ofSeconds(30),
            200L << 20,
            5);
  }

  /** What a fetch gave. */
  public sealed interface Outcome {
    /** The address finally read. */
    URI uri();
  }

  /** A new body, checked. */
  public record Fetched(URI uri, byte[] body, int attempts) implements Outcome {}

  /** The cached copy is current (304): nothing to import again. */
  public record NotModified(URI uri) implements Outcome {}

  /** Nothing usable: the status or problem, for people. */
  public record Failed(URI uri, String why) implements Outcome {}

  /**
   * Sees a body as it arrives, to show progress; returns the stream to read (the one given, or a
   * wrapper that closes it).
   */
  @FunctionalInterface
  public interface BodyWatcher {
    /** Passes the body through unwatched. */
    BodyWatcher NONE = (uri, declaredBytes, body) -> body;

    /**
     * @param declaredBytes the {@code Content-Length}, or -1 when the server gave none
     */
    InputStream watch(URI uri, long declaredBytes, InputStream body);
  }

  /** Waits between tries; a test passes one that does not sleep. */
  @FunctionalInterface
  public interface Sleeper {
    void sleep(Duration d) throws InterruptedException;
  }

  private final HttpClient client;
  private final Policy policy;
  private final Optional<Path> cacheDir;
  private final String userAgent;
  private final Sleeper sleeper;
  private final BodyWatcher watcher;

  /** A fetcher that shows no progress. */
  public HttpFetcher(Policy policy, Optional<Path> cacheDir, String userAgent, Sleeper sleeper) {
    this(policy, cacheDir, userAgent, sleeper, BodyWatcher.NONE);
  }

  /**
   * @param cacheDir where validators and bodies are kept between runs; empty: no conditional
   *     requests
   * @param userAgent sent with every request (the SEC requires one naming a contact)
   * @param watcher sees each body as it is read (a progress bar on a terminal)
   */
  public HttpFetcher(
      Policy policy,
      Optional<Path> cacheDir,
      String userAgent,
      Sleeper sleeper,
      BodyWatcher watcher) {
    this.policy = policy;
    this.watcher = watcher;
    this.cacheDir = cacheDir;
    this.userAgent = userAgent;
    this.sleeper = sleeper;
    // redirects are followed by hand, so that one to another host is refused
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Fetches {@code uri}, following same-host redirects and retrying as the policy allows. */
  public Outcome get(URI uri) {
    URI at = uri;
    int redirects = 0;
    int attempt = 0;
    Duration wait = policy.backoff();
    while (true) {
      attempt++;
      HttpResponse<InputStream> response;
      try {
        response = client.send(request(at), HttpResponse.BodyHandlers.ofInputStream());
      } catch (HttpTimeoutException e) {
        if (attempt < policy.attempts() && pause(wait)) {
          wait = next(wait);
          continue;
        }
        return new Failed(at, "timed out after " + attempt + " tries");
      } catch (IOException e) {
        if (attempt < policy.attempts() && pause(wait)) {
          wait = next(wait);
          continue;
        }
        return new Failed(at, "cannot connect (" + e.getClass().getSimpleName() + ")");
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Failed(at, "interrupted");
      }
      int status = response.statusCode();
      if (status == 304) {
        drain(response);
        return new NotModified(at);
      }
      if (status >= 300 && status < 400) {
        drain(response);
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          return new Failed(at, "HTTP " + status + " without a Location");
        }
        URI to = at.resolve(location.get());
        if (!sameHost(at, to)) {
          return new Failed(
              at, "HTTP " + status + ": redirect to another host refused (" + to + ")");
        }
        if (++redirects > policy.maxRedirects()) {
          return new Failed(at, "more than " + policy.maxRedirects() + " redirects");
        }
        at = to;
        attempt--; // a redirect is not a failed try
        continue;
      }
      if (status == 429 || status >= 500) {
        Duration retryAfter = retryAfter(response).orElse(wait);
        drain(response);
        if (attempt < policy.attempts() && pause(retryAfter)) {
          wait = next(wait);
          continue;
        }
        return new Failed(at, "HTTP " + status + " after " + attempt + " tries");
      }
      if (status != 200) {
        drain(response);
        return new Failed(at, "HTTP " + status);
      }
      try {
        return checked(at, response, attempt);
      } catch (HttpTimeoutException e) {
        if (attempt < policy.attempts() && pause(wait)) {
          wait = next(wait);
          continue;
        }
        return new Failed(at, "timed out reading the body after " + attempt + " tries");
      } catch (IOException e) {
        return new Failed(at, "the transfer broke off (" + e.getClass().getSimpleName() + ")");
      }
    }
  }

  private HttpRequest request(URI uri) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(policy.readTimeout())
            .header("User-Agent", userAgent)
            .header("Accept-Encoding", "identity")
            .GET();
    validators(uri)
        .ifPresent(
            v -> {
              String etag = v.getProperty("etag");
              String modified = v.getProperty("last-modified");
              if (etag != null) {
                b.header("If-None-Match", etag);
              }
              if (modified != null) {
                b.header("If-Modified-Since", modified);
              }
            });
    return b.build();
  }

  /** The body read within the size limit, checked to be whole data, and its validators kept. */
  private Outcome checked(URI uri, HttpResponse<InputStream> response, int attempt)
      throws IOException {
    long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > policy.maxBytes()) {
      drain(response);
      return new Failed(
          uri, "the body is " + declared + " bytes, over the limit of " + policy.maxBytes());
    }
    byte[] body;
    try (InputStream in = watcher.watch(uri, declared, response.body())) {
      body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
    }
    if (body.length > policy.maxBytes()) {
      return new Failed(uri, "the body is over the limit of " + policy.maxBytes() + " bytes");
    }
    if (declared >= 0 && body.length != declared) {
      return new Failed(
          uri, "truncated: " + body.length + " of the " + declared + " bytes announced arrived");
    }
    if (body.length == 0) {
      return new Failed(uri, "an empty body");
    }
    String type = response.headers().firstValue("Content-Type").orElse("").toLowerCase(Locale.US);
    if (type.startsWith("text/html") || looksLikeHtml(body)) {
      return new Failed(uri, "an HTML page, not data (the publisher's error or sign-in page?)");
    }
    remember(uri, response, body);
    return new Fetched(uri, body, attempt);
  }

  private static boolean looksLikeHtml(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, 512), StandardCharsets.UTF_8)
            .stripLeading()
            .toLowerCase(Locale.US);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }

  private static boolean sameHost(URI from, URI to) {
    return from.getHost() != null
        && from.getHost().equalsIgnoreCase(to.getHost())
        && from.getScheme().equalsIgnoreCase(to.getScheme());
  }

  private Optional<Duration> retryAfter(HttpResponse<?> r) {
    Optional<String> v = r.headers().firstValue("Retry-After");
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      long s = Long.parseLong(v.get().strip());
      Duration d = Duration.ofSeconds(Math.max(0, s));
      return Optional.of(d.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : d);
    } catch (NumberFormatException e) {
      return Optional.empty(); // an HTTP date: wait as the backoff says
    }
  }

  private Duration next(Duration wait) {
    Duration d = wait.multipliedBy(2);
    return d.compareTo(policy.maxWait()) > 0 ? policy.maxWait() : d;
  }

  private boolean pause(Duration d) {
    try {
      sleeper.sleep(d);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static void drain(HttpResponse<InputStream> r) {
    try (InputStream in = r.body()) {
      in.skip(Long.MAX_VALUE);
    } catch (IOException e) {
      // the status is what matters
    }
  }

  private Optional<Properties> validators(URI uri) {
    if (cacheDir.isEmpty()) {
      return Optional.empty();
    }
    Path file = cacheDir.get().resolve(key(uri) + ".properties");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(file)) {
      p.load(in);
      return Optional.of(p);
    } catch (IOException e) {
      return Optional.empty(); // a damaged cache entry: fetch afresh
    }
  }

  /** The body last fetched from {@code uri}, kept in the cache; empty if there is none. */
  public Optional<byte[]> cached(URI uri) {
    if (cacheDir.isEmpty()) {
      return Optional.empty();
    }
    Path file = cacheDir.get().resolve(key(uri) + ".body");
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private void remember(URI uri, HttpResponse<?> r, byte[] body) {
    if (cacheDir.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(cacheDir.get());
      Path tmp = Files.createTempFile(cacheDir.get(), "body", ".tmp");
      Files.write(tmp, body);
      Files.move(
          tmp,
          cacheDir.get().resolve(key(uri) + ".body"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // without the body --offline has nothing to import: no harm otherwise
    }
    Properties p = new Properties();
    r.headers().firstValue("ETag").ifPresent(v -> p.setProperty("etag", v));
    r.headers().firstValue("Last-Modified").ifPresent(v -> p.setProperty("last-modified", v));
    if (p.isEmpty()) {
      return;
    }
    try {
      Files.createDirectories(cacheDir.get());
      Path tmp = Files.createTempFile(cacheDir.get(), "validators", ".tmp");
      try (var out = Files.newOutputStream(tmp)) {
        p.store(out, uri.toString());
      }
      Files.move(
          tmp,
          cacheDir.get().resolve(key(uri) + ".properties"),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // without validators the next fetch downloads again: no harm
    }
  }

  private static String key(URI uri) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(uri.toString().getBytes(StandardCharsets.UTF_8)))
          .substring(0, 32);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
