package io.capshift.adapter.cli;

import io.capshift.adapter.cli.line.Option;
import io.capshift.domain.error.InvalidInputException;
import java.io.PrintWriter;
import java.util.function.Supplier;

/**
 * {@code --format text|json|csv} on every command that answers: text for people, or the gRPC API's
 * response for the same question as JSON or as CSV of its main table, for {@code jq} and
 * spreadsheets.
 */
final class FormatOption {
  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      converter = FormatConverter.class,
      description = "text (default), json (the gRPC response) or csv (its main table).")
  OutputFormat format = OutputFormat.TEXT;

  boolean isText() {
    return format == OutputFormat.TEXT;
  }

  /**
   * Prints {@code answer} as asked: {@code text} when the format is text, else the backend's JSON
   * or CSV of it.
   */
  void print(PrintWriter out, CliBackend backend, Object answer, Supplier<String> text) {
    if (isText()) {
      out.print(text.get());
      return;
    }
    String encoded =
        backend
            .encode(answer, format)
            .orElseThrow(
                () -> InvalidInputException.of("--format", "this answer is printed as text only"));
    out.print(encoded);
    if (!encoded.endsWith("\n")) {
      out.println();
    }
  }

  /** Reads the option's value, naming the choices when it is none of them. */
  static final class FormatConverter
      implements io.capshift.adapter.cli.line.Converter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      for (OutputFormat f : OutputFormat.values()) {
        if (f.toString().equalsIgnoreCase(value.strip())) {
          return f;
        }
      }
      throw new io.capshift.adapter.cli.line.BadValueException(
          "'" + value + "' is not a format; use text, json or csv");
    }
  }
}
