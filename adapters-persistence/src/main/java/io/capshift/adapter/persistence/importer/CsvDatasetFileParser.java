package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.MalformedFileException;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the file formats capshift knows ({@link FileFormats}, docs/data-formats.md): the CSV
 * formats streaming, a file read once, line by line; the one JSON format ({@link
 * ImportFormat#FOMC_CALENDAR_JSON}, a small calendar) whole, bounded. With {@link
 * ImportFormat#AUTO} the format is told from the first 64 KiB. Stateless and safe to share.
 */
public final class CsvDatasetFileParser implements DatasetFileParser {

  @Inject
  public CsvDatasetFileParser() {}

  @Override
  public ParseResult parse(ImportSource source) {
    ImportFormat format = source.format();
    InputStream content = source.content();
    if (format == ImportFormat.AUTO) {
      BufferedInputStream buffered = new BufferedInputStream(content, FormatDetector.PEEK_BYTES);
      format = FormatDetector.detect(peek(buffered, source.fileName()), source.fileName());
      content = buffered;
    }
    return FileFormats.of(format).parse(content, source);
  }

  /** The first bytes of {@code in}, which is then reset to its start. */
  private static byte[] peek(BufferedInputStream in, String fileName) {
    try {
      in.mark(FormatDetector.PEEK_BYTES);
      byte[] head = in.readNBytes(FormatDetector.PEEK_BYTES);
      in.reset();
      return head;
    } catch (IOException e) {
      throw new MalformedFileException(fileName, 0, 0, "cannot read the file: " + e.getMessage());
    }
  }
}
