package io.capshift.application.port;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Where a command's time goes: with {@code CAPSHIFT_PROFILE=1} (the launcher turns it into the
 * system property {@code capshift.profile}) each measured step prints one line on standard error,
 * {@code profile: 12.3 ms what}, in the order the steps end. Off, each call is one branch on a
 * constant, so the steps stay measured in every build. It sits with the ports because every layer
 * around the domain calls it: the command line, the store and the wiring.
 */
public final class Profile {
  private static final boolean ON = Boolean.getBoolean("capshift.profile");
  private static final PrintStream ERR = System.err;

  private Profile() {}

  /** Whether profiling is on in this process. */
  public static boolean on() {
    return ON;
  }

  /** A start mark for {@link #end}: {@link System#nanoTime()} when on, else 0. */
  public static long start() {
    return ON ? System.nanoTime() : 0L;
  }

  /** Prints the milliseconds since {@code start} with {@code what} when on. */
  public static void end(String what, long start) {
    if (ON) {
      print((System.nanoTime() - start) / 1e6, what);
    }
  }

  /** Prints {@code millis} with {@code what} when on (a span measured another way). */
  public static void print(double millis, String what) {
    if (ON) {
      ERR.println(String.format(Locale.US, "profile: %8.1f ms  %s", millis, what));
    }
  }
}
