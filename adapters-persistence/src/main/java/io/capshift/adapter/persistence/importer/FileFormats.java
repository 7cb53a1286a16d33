package io.capshift.adapter.persistence.importer;

import io.capshift.application.port.in.ImportFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every file format capshift reads, each declared by its reader, in the order detection tries them:
 * a format whose header could be mistaken for a later one's comes first. Adding a format takes its
 * {@link ImportFormat} name (and the proto's {@code IMPORT_FORMAT_} value of the same name), a
 * reader declaring its {@link FileFormat}, one line here, and its row in docs/data-formats.md;
 * tests check that the four agree.
 */
final class FileFormats {
  static final List<FileFormat> ALL =
      List.of(
          FomcCalendarJsonReader.FORMAT,
          SecFramesReader.FORMAT,
          SecTickersReader.FORMAT,
          ISharesHoldingsReader.FORMAT,
          FinvizExportReader.FORMAT,
          Sp500FinancialsReader.FORMAT,
          CapshiftConstituentsReader.FORMAT,
          CapshiftFundamentalsReader.FORMAT,
          FomcMeetingsReader.FORMAT,
          FomcCalendarFlagsReader.FORMAT,
          FomcEventDatesReader.FORMAT,
          FomcActionsReader.FORMAT,
          TargetRangesReader.FORMAT,
          CapshiftIndexMetricsReader.FORMAT,
          FuturesStripReader.FORMAT,
          FundFlowsReader.FORMAT,
          CmeFedWatchReader.HISTORY,
          CmeFedWatchReader.MEETING,
          CmeFedWatchPagesReader.FORMAT,
          EtfOverviewReader.FORMAT,
          WideWeightsReader.FORMAT,
          YahooPricesReader.FORMAT,
          FrenchPortfoliosReader.FORMAT,
          ShillerMonthlyReader.FORMAT,
          ShillerDatahubReader.FORMAT,
          GoyalWelchReader.FORMAT,
          BarchartFedFundsReader.FORMAT,
          SpdjiQuarterlyEpsReader.FORMAT,
          SpdjiIndexPeTableReader.FORMAT,
          SpdjiEstimateSnapshotsReader.FORMAT,
          DatedSeriesReader.FORMAT,
          FomcDateListReader.FORMAT);

  private static final Map<ImportFormat, FileFormat> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(FileFormat::name, Function.identity()));

  private FileFormats() {}

  /** The format named {@code name}; every name but {@link ImportFormat#AUTO} has one. */
  static FileFormat of(ImportFormat name) {
    FileFormat format = BY_NAME.get(name);
    if (format == null) {
      throw new IllegalArgumentException("no reader for " + name);
    }
    return format;
  }
}
