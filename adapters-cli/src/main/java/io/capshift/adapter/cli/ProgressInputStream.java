package io.capshift.adapter.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Counts the bytes read and draws a progress bar on a terminal once reading has taken longer than a
 * second; quick reads print nothing, and so does every read when standard error is not a terminal
 * (the launcher says which, {@link #ON_TERMINAL}), so logs get no bar frames. Redrawn at most five
 * times a second; closing ends the bar's line.
 */
final class ProgressInputStream extends FilterInputStream {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 30;

  /**
   * Whether standard error is a terminal: the launcher sets {@code -Dcapshift.progress=true} when
   * it is ({@code [ -t 2 ]}), which Java 17 cannot tell by itself.
   */
  static final boolean ON_TERMINAL = Boolean.getBoolean("capshift.progress");

  private final String label;
  private final long totalBytes;
  private final PrintWriter out;
  private final long startNanos = System.nanoTime();
  private long readBytes;
  private long lastDrawNanos;
  private boolean drawn;

  /**
   * @param totalBytes file size, or a non-positive value when unknown
   * @param out where the bar goes (standard error, so standard output stays clean)
   */
  ProgressInputStream(InputStream in, String label, long totalBytes, PrintWriter out) {
    super(in);
    this.label = label;
    this.totalBytes = totalBytes;
    this.out = out;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    advance(b < 0 ? 0 : 1);
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    advance(Math.max(n, 0));
    return n;
  }

  private void advance(int n) {
    readBytes += n;
    long now = System.nanoTime();
    if (ON_TERMINAL && now - startNanos >= QUIET_NANOS && now - lastDrawNanos >= REDRAW_NANOS) {
      lastDrawNanos = now;
      draw(now);
    }
  }

  private void draw(long now) {
    double seconds = (now - startNanos) / 1e9;
    double mbPerSecond = readBytes / 1e6 / seconds;
    String bar;
    if (totalBytes > 0) {
      double done = Math.min(1.0, (double) readBytes / totalBytes);
      int filled = (int) Math.round(done * BAR_WIDTH);
      bar =
          String.format(
              Locale.US,
              "[%s%s] %3.0f%%",
              "#".repeat(filled),
              " ".repeat(BAR_WIDTH - filled),
              done * 100);
    } else {
      bar = String.format(Locale.US, "%,d bytes", readBytes);
    }
    out.printf(Locale.US, "\r%s %s %.1f MB/s ", label, bar, mbPerSecond);
    out.flush();
    drawn = true;
  }

  /** Ends the bar's line, if one was drawn; a second call does nothing. */
  void finish() {
    if (drawn) {
      draw(System.nanoTime());
      out.println();
      drawn = false;
    }
  }

  @Override
  public void close() throws IOException {
    finish();
    super.close();
  }
}
