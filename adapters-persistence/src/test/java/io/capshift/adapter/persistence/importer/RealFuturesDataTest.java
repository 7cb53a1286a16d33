package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.application.port.out.DatasetContent;
import io.capshift.application.port.out.ParseResult;
import io.capshift.domain.rates.FuturesStrip;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

/**
 * The Barchart ZQ contract list in shared/data (skipped when absent). Counts checked with awk: 505
 * contract rows; 60 expire in 2025-11 or later (ZQX25 … ZQV30), 445 before.
 */
class RealFuturesDataTest {
  private static final String FILE =
      "fed-funds-futures/barchart_ZQ_contracts_1988-10_2030-10_asof_2025-11-02.csv";

  @Test
  void barchartContracts_liveStripOnTheDownloadDate() {
    ParseResult r = SharedData.parse(FILE, ImportFormat.AUTO);
    assertThat(r.stats().format()).isEqualTo(ImportFormat.BARCHART_FED_FUNDS_CONTRACTS);
    assertThat(r.datasets().get(0).targetId()).isEqualTo("fed-funds-futures");
    assertThat(r.datasets().get(0).asOf()).isEqualTo(LocalDate.of(2025, 11, 2));
    FuturesStrip s = ((DatasetContent.Futures) r.datasets().get(0).content()).strip();
    assertThat(s.firstMonth()).isEqualTo(YearMonth.of(2025, 11));
    assertThat(s.lastMonth()).isEqualTo(YearMonth.of(2030, 10));
    assertThat(s.prices().get(YearMonth.of(2025, 11))).isEqualTo(96.1175);
    assertThat(s.prices().get(YearMonth.of(2025, 12))).isEqualTo(96.23);
    assertThat(s.prices().get(YearMonth.of(2026, 1))).isEqualTo(96.30);
    assertThat(s.prices().get(YearMonth.of(2026, 3))).isEqualTo(96.41);
    assertThat(s.prices().get(YearMonth.of(2026, 9))).isEqualTo(96.805);
    assertThat(s.prices().get(YearMonth.of(2030, 10))).isEqualTo(96.055);
    assertThat(s.prices()).hasSize(60);
    assertThat(r.stats().rowsRead()).isEqualTo(505);
    assertThat(r.stats().rowsStored()).isEqualTo(60);
    assertThat(r.stats().rowsSkipped()).isEqualTo(445);
    assertThat(r.stats().firstSkipReasons())
        .first()
        .isEqualTo("line 2 (ZQV88): expired before the as-of month");
    assertThat(r.stats().notes()).contains("prices of 2025-11-02, Barchart's download date");
  }

  /**
   * An earlier as-of date is refused: the file's prices are of 2025-11-02, and its contracts of
   * 2024 show their final settlements. Stated to be of 2024-06-03 (as a user might for a file
   * downloaded then), the strip starts in June 2024, one contract a month.
   */
  @Test
  void barchartContracts_asOfJune2024_refused_unlessThePricesAreStatedToBeOfThen()
      throws Exception {
    java.nio.file.Path path = SharedData.file(FILE);
    try (var in = java.nio.file.Files.newInputStream(path)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () ->
                  Sources.PARSER.parse(
                      new io.capshift.application.port.out.ImportSource(
                          path.toString(),
                          ImportFormat.AUTO,
                          java.util.Optional.empty(),
                          java.util.Optional.of(LocalDate.of(2024, 6, 3)),
                          Sources.IMPORT_DATE,
                          in)))
          .hasMessageContaining("the prices in this file are of 2025-11-02");
    }
    ParseResult r;
    try (var in = java.nio.file.Files.newInputStream(path)) {
      r =
          Sources.PARSER.parse(
              new io.capshift.application.port.out.ImportSource(
                  path.toString(),
                  ImportFormat.AUTO,
                  java.util.Optional.empty(),
                  java.util.Optional.of(LocalDate.of(2024, 6, 3)),
                  Sources.IMPORT_DATE,
                  in,
                  java.util.Optional.of(LocalDate.of(2024, 6, 3))));
    }
    FuturesStrip s = ((DatasetContent.Futures) r.datasets().get(0).content()).strip();
    assertThat(s.firstMonth()).isEqualTo(YearMonth.of(2024, 6));
    assertThat(s.lastMonth()).isEqualTo(YearMonth.of(2030, 10));
    // June 2024 to October 2030 inclusive, every month once
    assertThat(s.prices()).hasSize(77);
  }
}
