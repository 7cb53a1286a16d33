package io.capshift.adapter.persistence.importer;

import io.capshift.application.dataset.ImportFormat;
import io.capshift.application.dataset.ImportSource;
import io.capshift.application.dataset.ParseResult;
import io.capshift.application.port.out.DatasetFileParser;
import io.capshift.domain.error.MalformedFileException;
import jakarta.inject.Inject;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * Reads the CSV formats capshift knows (see {@link ImportFormat} and docs/data-formats.md),
 * streaming: a file is read once, line by line. With {@link ImportFormat#AUTO} the format is told
 * from the first 64 KiB. Stateless and safe to share.
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
    boolean comments =
        format != ImportFormat.SP500_FINANCIALS && format != ImportFormat.ISHARES_HOLDINGS;
    CsvReader csv = new CsvReader(content, source.fileName(), comments);
    return reader(format).get().read(csv, source);
  }

  private static Supplier<FormatReader> reader(ImportFormat format) {
    return switch (format) {
      case SP500_FINANCIALS -> Sp500FinancialsReader::new;
      case ISHARES_HOLDINGS -> ISharesHoldingsReader::new;
      case CAPSHIFT_CONSTITUENTS -> CapshiftConstituentsReader::new;
      case CAPSHIFT_FOMC_MEETINGS -> FomcMeetingsReader::new;
      case CAPSHIFT_TARGET_RANGES -> TargetRangesReader::new;
      case AUTO -> throw new IllegalStateException("AUTO is resolved before reading");
    };
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
