package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.domain.error.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Tells a file's format from its first lines: the header of each format is distinctive. Reads only
 * the bytes given (the first {@link #PEEK_BYTES} of the file).
 */
final class FormatDetector {
  static final int PEEK_BYTES = 64 * 1024;
  private static final int MAX_LINES = 30;

  /** The formats as the command line names them ({@code sp500-financials}). */
  private static final String KNOWN =
      String.join(
          ", ",
          Arrays.stream(ImportFormat.values())
              .filter(f -> f != ImportFormat.AUTO)
              .map(f -> f.name().toLowerCase(Locale.US).replace('_', '-'))
              .toList());

  private FormatDetector() {}

  /**
   * The format of the file whose first bytes are {@code head}: the first of {@link FileFormats#ALL}
   * whose detection matches the head, or else one of its first lines.
   *
   * @throws InvalidInputException on field {@code format} when no format fits
   */
  static ImportFormat detect(byte[] head, String fileName) {
    List<String> lines = firstLines(head);
    String joined = String.join("\n", lines);
    for (FileFormat f : FileFormats.ALL) {
      if (f.detection().matchesHead(joined)) {
        return f.name();
      }
    }
    boolean first = true;
    for (String raw : lines) {
      String text = normalise(raw);
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      Detection.Line line = new Detection.Line(text, List.of(text.split(",", -1)), first);
      for (FileFormat f : FileFormats.ALL) {
        if (f.detection().matches(line)) {
          return f.name();
        }
      }
      first = false;
    }
    throw InvalidInputException.of(
        "format",
        "cannot tell the format of "
            + Text.quote(Targets.baseName(fileName))
            + " from its first lines; name the format (--kind, or IMPORT_FORMAT_ and the name in"
            + " capitals over gRPC), one of "
            + KNOWN);
  }

  /** Lower case without quotes, spaces or a byte-order mark, so "Market Cap" is "marketcap". */
  private static String normalise(String line) {
    return line.replaceAll("[\"\\s\\u00A0\\uFEFF]", "").toLowerCase(Locale.US);
  }

  private static List<String> firstLines(byte[] head) {
    // Lenient (malformed bytes become U+FFFD): the cut may split a character; reading is strict.
    String text = new String(head, StandardCharsets.UTF_8);
    return text.lines().limit(MAX_LINES).toList();
  }
}
