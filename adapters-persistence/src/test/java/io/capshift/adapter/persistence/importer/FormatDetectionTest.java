package io.capshift.adapter.persistence.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.capshift.application.port.in.ImportFormat;
import io.capshift.domain.error.InvalidInputException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FormatDetectionTest {

  static Stream<Arguments> firstLinesOfEachFormat() {
    return Stream.of(
        arguments(
            ImportFormat.SP500_FINANCIALS,
            "\uFEFF" + Sp500FinancialsReaderTest.HEADER + "MMM,3M,X,1,1,,1,1,1,10,,,,u\n"),
        arguments(
            ImportFormat.ISHARES_HOLDINGS,
            "\uFEFFiShares Russell 2000 ETF\n"
                + "Fund Holdings as of,\"Apr 10, 2026\"\n"
                + "Ticker,Name,Sector,Asset Class,Market Value\n"
                + "\"BE\",\"B\",\"I\",\"Equity\",\"1.00\"\n"),
        arguments(
            ImportFormat.ISHARES_HOLDINGS,
            "Ticker,Name,Type,Sector,Asset Class,Market Value\n"
                + "\"GME\",\"G\",\"Equity\",\"C\",\"Equity\",\"1.00\"\n"),
        arguments(
            ImportFormat.CAPSHIFT_CONSTITUENTS,
            "# id: X\n# as_of: 2026-01-01\nsymbol,name,sector,value_usd\nA,,,1\n"),
        arguments(
            ImportFormat.CAPSHIFT_FOMC_MEETINGS,
            "# Source: \"Meeting calendars\", Fed\nstart_date,decision_date,scheduled,sep\n"
                + "2026-01-27,2026-01-28,true,false\n"),
        arguments(
            ImportFormat.CAPSHIFT_TARGET_RANGES,
            "effective_date,lower_percent,upper_percent\n2025-12-11,3.50,3.75\n"),
        arguments(
            ImportFormat.SHILLER_MONTHLY,
            "date,sp_comp_price,dividend,earnings,cpi,gs10_long_rate,cape\n2025-09,1,1,1,1,4,1\n"),
        arguments(
            ImportFormat.SHILLER_DATAHUB,
            "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,PE10\n"
                + "2023-06-01,1,1,1,1,4,1\n"),
        arguments(
            ImportFormat.GOYAL_WELCH_MONTHLY,
            "yyyymm,Index,D12,E12,b/m,tbl,lty\r\n202412,\"5,881.63\",1,1,NaN,0.04,0.04"),
        arguments(ImportFormat.DATED_SERIES, "observation_date,DGS10\n2026-01-01,4.21\n"),
        arguments(ImportFormat.DATED_SERIES, "DATE,DFF\r\n7/1/1954,1.13\r\n"),
        arguments(ImportFormat.DATED_SERIES, "Date,Rate\r\n1953-04-01,2.83\r\n"),
        arguments(
            ImportFormat.SPDJI_QUARTERLY_EPS,
            "quarter_end,status,index_price,operating_eps_qtr,as_reported_eps_qtr\n"
                + "2025-09-30,actual,6688.46,72.03,63.52\n"),
        arguments(
            ImportFormat.SPDJI_INDEX_PE_TABLE,
            "index,sector,oper_pe_2025E,proj_annual_growth_5yr_pct,peg\n"
                + "S&P 500,Index total,25.79,17.31,1.49\n"),
        arguments(
            ImportFormat.CAPSHIFT_INDEX_METRICS,
            "# id: m\nindex_id,date,metric,value,source\nsp500,2026-01-30,trailing_pe,27,x\n"));
  }

  @ParameterizedTest
  @MethodSource("firstLinesOfEachFormat")
  void parse_auto_detectsEachFormatFromItsFirstLines(ImportFormat expected, String text) {
    var source = Sources.withTarget(Sources.of("file.csv", ImportFormat.AUTO, text), "t");
    assertThat(Sources.PARSER.parse(source).stats().format()).isEqualTo(expected);
  }

  @Test
  void parse_autoOnUnknownContent_failsOnFormatNamingTheKnownFormats() {
    assertThatThrownBy(() -> Sources.parse("prices.csv", ImportFormat.AUTO, "Date,Open,Close\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("format"))
        .hasMessageContaining("sp500-financials")
        .hasMessageContaining("capshift-target-ranges")
        .hasMessageContaining("'prices.csv'");
  }
}
