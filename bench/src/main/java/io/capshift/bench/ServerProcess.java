package io.capshift.bench;

import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.health.v1.HealthCheckRequest;
import io.grpc.health.v1.HealthCheckResponse;
import io.grpc.health.v1.HealthGrpc;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar capshift.jar serve} as a child process on a free loopback port: how long it took
 * to answer health checks with SERVING, and its resident memory, threads and heap.
 */
final class ServerProcess implements AutoCloseable {
  private final Process process;
  private final int port;
  private final Path cert;
  private final double startupMillis;
  private final Path log;

  private ServerProcess(Process process, int port, Path cert, double startupMillis, Path log) {
    this.process = process;
    this.port = port;
    this.cert = cert;
    this.startupMillis = startupMillis;
    this.log = log;
  }

  /**
   * Starts a server and waits until it reports SERVING.
   *
   * @param jvmFlags flags before {@code -jar}
   * @param tls {cert.pem, key.pem}, or null for plaintext
   */
  static ServerProcess start(Path jar, Path data, List<String> jvmFlags, Path[] tls, Path logDir)
      throws IOException, InterruptedException {
    return start(List.of("-jar", jar.toString()), data, jvmFlags, tls, logDir);
  }

  /**
   * Starts a server from {@code launch} ({@code -jar capshift.jar}, or {@code -cp … MainClass}) and
   * waits until it reports SERVING.
   */
  static ServerProcess start(
      List<String> launch, Path data, List<String> jvmFlags, Path[] tls, Path logDir)
      throws IOException, InterruptedException {
    int port = freePort();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmFlags);
    cmd.addAll(launch);
    cmd.addAll(List.of("serve", "--port", Integer.toString(port), "--data", data.toString()));
    if (tls != null) {
      cmd.addAll(List.of("--tls-cert", tls[0].toString(), "--tls-key", tls[1].toString()));
    }
    Path log = Files.createTempFile(logDir, "server-", ".log");
    long t0 = System.nanoTime();
    Process p =
        new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ManagedChannel probe = channel(port, tls == null ? null : tls[0]);
    try {
      var health = HealthGrpc.newBlockingStub(probe);
      while (true) {
        if (!p.isAlive()) {
          throw new IllegalStateException(
              "server exited "
                  + p.exitValue()
                  + ": "
                  + Files.readString(log, StandardCharsets.UTF_8));
        }
        try {
          var r =
              health
                  .withDeadlineAfter(500, TimeUnit.MILLISECONDS)
                  .check(HealthCheckRequest.getDefaultInstance());
          if (r.getStatus() == HealthCheckResponse.ServingStatus.SERVING) {
            break;
          }
        } catch (StatusRuntimeException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - t0 > TimeUnit.SECONDS.toNanos(120)) {
          p.destroyForcibly();
          throw new IllegalStateException("server not SERVING after 120 s; log " + log);
        }
        Thread.sleep(2);
      }
    } finally {
      probe.shutdownNow();
    }
    double ms = (System.nanoTime() - t0) / 1e6;
    return new ServerProcess(p, port, tls == null ? null : tls[0], ms, log);
  }

  /** A channel to a server: direct executor, plaintext unless a certificate to trust is given. */
  static ManagedChannel channel(int port, Path trustedCert) throws IOException {
    NettyChannelBuilder b =
        NettyChannelBuilder.forAddress("127.0.0.1", port)
            .directExecutor()
            .maxInboundMessageSize(16 << 20);
    if (trustedCert == null) {
      b.usePlaintext();
    } else {
      b.sslContext(GrpcSslContexts.forClient().trustManager(trustedCert.toFile()).build())
          .overrideAuthority("localhost");
    }
    return b.build();
  }

  ManagedChannel channel() throws IOException {
    return channel(port, cert);
  }

  double startupMillis() {
    return startupMillis;
  }

  long pid() {
    return process.pid();
  }

  /** Resident set size in MiB, from /proc. */
  double rssMib() throws IOException {
    return procStatus("VmRSS") / 1024.0;
  }

  /** Open file descriptors, from /proc. */
  long openFiles() throws IOException {
    try (var fds = Files.list(Path.of("/proc", Long.toString(pid()), "fd"))) {
      return fds.count();
    }
  }

  int port() {
    return port;
  }

  /** Live threads, from /proc. */
  long threads() throws IOException {
    return procStatus("Threads");
  }

  /** Heap in use after a full GC, MiB (jcmd GC.run, then GC.heap_info). */
  double heapAfterGcMib() throws IOException, InterruptedException {
    return heapAfterGc(false);
  }

  /**
   * The heap a full GC left, MiB: jcmd GC.run, then GC.heap_info's used less its young regions (G1;
   * under another collector, its used). Under load the young regions refill in the moment between
   * the two commands; what the full GC left is in the old ones, which only a later young collection
   * adds to.
   */
  double liveHeapAfterGcMib() throws IOException, InterruptedException {
    return heapAfterGc(true);
  }

  private double heapAfterGc(boolean lessYoung) throws IOException, InterruptedException {
    jcmd("GC.run");
    String info = jcmd("GC.heap_info");
    Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
    if (!m.find()) {
      throw new IllegalStateException("cannot read jcmd GC.heap_info: " + info);
    }
    long used = Long.parseLong(m.group(2));
    Matcher young = Pattern.compile("\\d+ young \\((\\d+)K\\)").matcher(info);
    if (lessYoung && young.find()) { // G1's regions; another collector's heap is read whole
      used -= Long.parseLong(young.group(1));
    }
    return used / 1024.0;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(30, TimeUnit.SECONDS);
    return out;
  }

  private long procStatus(String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
      if (line.startsWith(field + ":")) {
        return Long.parseLong(line.substring(field.length() + 1).replace("kB", "").strip());
      }
    }
    throw new IllegalStateException("no " + field + " in /proc/" + pid() + "/status");
  }

  @Override
  public void close() throws InterruptedException, IOException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
    Files.deleteIfExists(log);
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
