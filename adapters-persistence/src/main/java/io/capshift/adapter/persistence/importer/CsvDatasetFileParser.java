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
import java.util.function.Supplier;

/**
 * Reads the file formats capshift knows (see {@link ImportFormat} and docs/data-formats.md): the
 * CSV formats streaming, a file read once, line by line; the one JSON format ({@link
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
    if (format == ImportFormat.FOMC_CALENDAR_JSON) {
      return new FomcCalendarJsonReader(source.fileName()).read(content, source);
    }
    CsvReader csv = new CsvReader(content, source.fileName(), hasCommentLines(format));
    return reader(format).get().read(csv, source);
  }

  private static Supplier<FormatReader> reader(ImportFormat format) {
    return switch (format) {
      case SP500_FINANCIALS -> Sp500FinancialsReader::new;
      case ISHARES_HOLDINGS -> ISharesHoldingsReader::new;
      case CAPSHIFT_CONSTITUENTS -> CapshiftConstituentsReader::new;
      case CAPSHIFT_FOMC_MEETINGS -> FomcMeetingsReader::new;
      case CAPSHIFT_TARGET_RANGES -> TargetRangesReader::new;
      case SHILLER_MONTHLY -> ShillerMonthlyReader::new;
      case SHILLER_DATAHUB -> ShillerDatahubReader::new;
      case GOYAL_WELCH_MONTHLY -> GoyalWelchReader::new;
      case DATED_SERIES -> DatedSeriesReader::new;
      case SPDJI_QUARTERLY_EPS -> SpdjiQuarterlyEpsReader::new;
      case SPDJI_INDEX_PE_TABLE -> SpdjiIndexPeTableReader::new;
      case CAPSHIFT_INDEX_METRICS -> CapshiftIndexMetricsReader::new;
      case FOMC_CALENDAR_FLAGS -> FomcCalendarFlagsReader::new;
      case FOMC_EVENT_DATES -> FomcEventDatesReader::new;
      case FOMC_ACTIONS -> FomcActionsReader::new;
      case FOMC_DATE_LIST -> FomcDateListReader::new;
      case BARCHART_FED_FUNDS_CONTRACTS -> BarchartFedFundsReader::new;
      case CAPSHIFT_FUTURES_STRIP -> FuturesStripReader::new;
      case ETF_OVERVIEW_SNAPSHOTS -> EtfOverviewReader::new;
      case WISDOMTREE_WEIGHTS_WIDE -> WideWeightsReader::new;
      case YAHOO_DAILY_PRICES -> YahooPricesReader::new;
      case FRENCH_PORTFOLIOS -> FrenchPortfoliosReader::new;
      case CAPSHIFT_FUND_FLOWS -> FundFlowsReader::new;
      case FOMC_CALENDAR_JSON -> throw new IllegalStateException("JSON is not read as CSV");
      case AUTO -> throw new IllegalStateException("AUTO is resolved before reading");
    };
  }

  /**
   * Whether '#' starts a comment line: in capshift's own formats only. Publishers' files have no
   * comments, so there a line starting with '#' is a malformed record, not silently dropped.
   */
  private static boolean hasCommentLines(ImportFormat format) {
    return switch (format) {
      case CAPSHIFT_CONSTITUENTS,
          CAPSHIFT_FOMC_MEETINGS,
          CAPSHIFT_TARGET_RANGES,
          CAPSHIFT_INDEX_METRICS,
          CAPSHIFT_FUTURES_STRIP,
          CAPSHIFT_FUND_FLOWS ->
          true;
      default -> false;
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
