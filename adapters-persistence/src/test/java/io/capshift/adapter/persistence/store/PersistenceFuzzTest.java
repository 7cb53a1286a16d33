package io.capshift.adapter.persistence.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.capshift.adapter.persistence.importer.CsvDatasetFileParser;
import io.capshift.application.port.in.DatasetInfo;
import io.capshift.application.port.in.DatasetKind;
import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.ImportSource;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.error.CorruptDataException;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.error.MalformedFileException;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Jazzer fuzz tests of every reader of outside bytes: each import format (through the public
 * parser, as the application calls it) and the store's two file decoders. The property: any input
 * yields a result or a declared {@code CapshiftException}, never another exception.
 *
 * <p>One class, so the Jazzer start-up (about 10 s a JVM) is paid once. The normal build replays
 * the seeds in {@code src/test/resources/.../PersistenceFuzzTestInputs/<method>/}; fuzz one method
 * with {@code JAZZER_FUZZ=1 mvn -pl adapters-persistence test -Dtest=PersistenceFuzzTest#<method>},
 * which adds any finding to those seeds.
 */
class PersistenceFuzzTest {
  private static final CsvDatasetFileParser PARSER = new CsvDatasetFileParser();
  // The file name gives the iShares reader a fund ticker, as a user's download would.
  private static final String FILE_NAME = "IWM_holdings_fuzz.csv";

  @FuzzTest
  void sp500Financials(byte[] data) {
    parse(data, ImportFormat.SP500_FINANCIALS);
  }

  @FuzzTest
  void isharesHoldings(byte[] data) {
    parse(data, ImportFormat.ISHARES_HOLDINGS);
  }

  @FuzzTest
  void capshiftConstituents(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_CONSTITUENTS);
  }

  @FuzzTest
  void fomcMeetings(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_FOMC_MEETINGS);
  }

  @FuzzTest
  void targetRanges(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_TARGET_RANGES);
  }

  @FuzzTest
  void shillerMonthly(byte[] data) {
    parse(data, ImportFormat.SHILLER_MONTHLY);
  }

  @FuzzTest
  void shillerDatahub(byte[] data) {
    parse(data, ImportFormat.SHILLER_DATAHUB);
  }

  @FuzzTest
  void goyalWelchMonthly(byte[] data) {
    parse(data, ImportFormat.GOYAL_WELCH_MONTHLY);
  }

  @FuzzTest
  void datedSeries(byte[] data) {
    parse(data, ImportFormat.DATED_SERIES);
  }

  @FuzzTest
  void spdjiQuarterlyEps(byte[] data) {
    parse(data, ImportFormat.SPDJI_QUARTERLY_EPS);
  }

  @FuzzTest
  void spdjiIndexPeTable(byte[] data) {
    parse(data, ImportFormat.SPDJI_INDEX_PE_TABLE);
  }

  @FuzzTest
  void indexMetrics(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_INDEX_METRICS);
  }

  @FuzzTest
  void fomcCalendarFlags(byte[] data) {
    parse(data, ImportFormat.FOMC_CALENDAR_FLAGS);
  }

  @FuzzTest
  void fomcEventDates(byte[] data) {
    parse(data, ImportFormat.FOMC_EVENT_DATES);
  }

  @FuzzTest
  void fomcCalendarJson(byte[] data) {
    parse(data, ImportFormat.FOMC_CALENDAR_JSON);
  }

  @FuzzTest
  void fomcActions(byte[] data) {
    parse(data, ImportFormat.FOMC_ACTIONS);
  }

  @FuzzTest
  void fomcDateList(byte[] data) {
    parse(data, ImportFormat.FOMC_DATE_LIST);
  }

  @FuzzTest
  void barchartFedFunds(byte[] data) {
    parse(data, ImportFormat.BARCHART_FED_FUNDS_CONTRACTS);
  }

  @FuzzTest
  void futuresStrip(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_FUTURES_STRIP);
  }

  @FuzzTest
  void etfOverviewSnapshots(byte[] data) {
    parse(data, ImportFormat.ETF_OVERVIEW_SNAPSHOTS);
  }

  @FuzzTest
  void wideWeights(byte[] data) {
    parse(data, ImportFormat.WISDOMTREE_WEIGHTS_WIDE, "DES_top200_weights_fuzz.csv");
  }

  @FuzzTest
  void yahooPrices(byte[] data) {
    parse(data, ImportFormat.YAHOO_DAILY_PRICES, "yf_IWM_daily_fuzz.csv");
  }

  @FuzzTest
  void frenchPortfolios(byte[] data) {
    parse(data, ImportFormat.FRENCH_PORTFOLIOS, "Portfolios_Formed_on_ME_fuzz.csv");
  }

  @FuzzTest
  void fundFlows(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_FUND_FLOWS);
  }

  @FuzzTest
  void finvizExport(byte[] data) {
    parse(data, ImportFormat.FINVIZ_EXPORT, "finviz_export_2025-08-19.csv");
  }

  @FuzzTest
  void capshiftFundamentals(byte[] data) {
    parse(data, ImportFormat.CAPSHIFT_FUNDAMENTALS);
  }

  @FuzzTest
  void secCompanyTickers(byte[] data) {
    parse(data, ImportFormat.SEC_COMPANY_TICKERS, "company_tickers.json");
  }

  @FuzzTest
  void secXbrlFrame(byte[] data) {
    parse(data, ImportFormat.SEC_XBRL_FRAME, "NetIncomeLoss_USD_CY2025Q2.json");
  }

  @FuzzTest
  void autoDetected(byte[] data) {
    parse(data, ImportFormat.AUTO);
  }

  /** Any payload, correctly framed, decodes as a manifest or fails as corrupt. */
  @FuzzTest
  void manifestPayload(byte[] data) {
    byte[] sealed = Envelope.seal(Envelope.MANIFEST_MAGIC, Manifest.FORMAT_VERSION, data);
    try {
      assertThat(StoreFiles.decodeManifest(sealed, "MANIFEST").dataVersion()).isNotNegative();
    } catch (CorruptDataException expected) {
      assertThat(expected.resource()).isEqualTo("MANIFEST");
    }
  }

  /** Any payload, correctly framed, decodes as a dataset or fails as corrupt. */
  @FuzzTest
  void datasetPayload(byte[] data) {
    byte[] sealed = Envelope.seal(Envelope.DATASET_MAGIC, ContentCodec.FORMAT_VERSION, data);
    DatasetInfo info =
        new DatasetInfo(
            "x@2026-01-01",
            DatasetKind.INDEX_CONSTITUENTS,
            "x",
            LocalDate.of(2026, 1, 1),
            1,
            "fuzz",
            1,
            Instant.EPOCH);
    ManifestEntry entry = new ManifestEntry(info, "x@2026-01-01.1.csd", Envelope.storedCrc(sealed));
    try {
      assertThat(StoreFiles.decodeDataset(sealed, entry).rows()).isEqualTo(1);
    } catch (CorruptDataException expected) {
      assertThat(expected.resource()).contains("x@2026-01-01.1.csd");
    }
  }

  private static void parse(byte[] data, ImportFormat format) {
    parse(data, format, FILE_NAME);
  }

  /** {@code fileName}: formats that take the target from it get one they accept. */
  private static void parse(byte[] data, ImportFormat format, String fileName) {
    ImportSource source =
        new ImportSource(
            fileName,
            format,
            Optional.empty(),
            Optional.empty(),
            LocalDate.of(2026, 11, 24),
            new ByteArrayInputStream(data));
    try {
      ParseResult result = PARSER.parse(source);
      assertThat(result.datasets()).isNotEmpty();
      assertThat(result.stats().format()).isNotEqualTo(ImportFormat.AUTO);
    } catch (MalformedFileException | InvalidInputException expected) {
      // declared outcomes of a bad file
    }
  }
}
