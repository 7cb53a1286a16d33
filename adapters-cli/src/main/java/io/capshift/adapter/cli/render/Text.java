package io.capshift.adapter.cli.render;

import io.capshift.domain.common.Figure;
import java.util.Locale;

/** Number formatting shared by the text answers of the command line. */
public final class Text {
  private Text() {}

  /** A figure with {@code format}, or "n/a (reason)". */
  public static String figure(Figure f, String format) {
    return f.isDefined()
        ? String.format(Locale.ROOT, format, f.getAsDouble())
        : "n/a (" + f.undefinedReason().orElseThrow() + ")";
  }

  /** A decimal figure as a percentage with two decimals, or "n/a (reason)". */
  public static String percent(Figure f) {
    return f.isDefined() ? pct(f.getAsDouble()) : figure(f, "%f");
  }

  /** A decimal as a percentage with two decimals: 0.0425 is "4.25%". */
  public static String pct(double decimal) {
    return String.format(Locale.ROOT, "%.2f%%", decimal * 100);
  }

  /** One formatted line, in the root locale, ending in a newline. */
  public static String line(String format, Object... args) {
    return String.format(Locale.ROOT, format, args) + "\n";
  }
}
