package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import java.io.InputStream;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One file format capshift reads, as its reader declares it: its name, how a file of it is
 * recognised, whether '#' starts a comment line in it, and how it is read. {@link FileFormats}
 * lists them all; the parser, the format detector and the documentation test are built from that
 * list.
 *
 * @param name the format's name, as users and the API give it
 * @param detection how the first lines of a file of this format look
 * @param commentLines whether a line starting with '#' is a comment: in capshift's own formats
 *     only; in a publisher's file such a line is a malformed record, not silently dropped
 * @param parser reads a whole file
 */
record FileFormat(ImportFormat name, Detection detection, boolean commentLines, Parser parser) {

  /** Reads one file of the format. */
  interface Parser {
    /**
     * @throws io.capshift.domain.error.MalformedFileException if the content is not this format
     */
    ParseResult parse(InputStream content, ImportSource source, FileFormat format);
  }

  FileFormat {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detection, "detection");
    Objects.requireNonNull(parser, "parser");
    if (name == ImportFormat.AUTO) {
      throw new IllegalArgumentException("AUTO is not a format but the request to detect one");
    }
  }

  /** A CSV format read record by record by a fresh {@code reader}. */
  static FileFormat csv(
      ImportFormat name, Detection detection, boolean commentLines, Supplier<FormatReader> reader) {
    return new FileFormat(
        name,
        detection,
        commentLines,
        (content, source, format) ->
            reader
                .get()
                .read(new CsvReader(content, source.fileName(), format.commentLines()), source));
  }

  /** Reads {@code content} as this format. */
  ParseResult parse(InputStream content, ImportSource source) {
    return parser.parse(content, source, this);
  }
}
