package io.capshift.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.capshift.application.port.in.GetIndexValuationQuery;
import io.capshift.application.port.in.IndexValuationResult;
import io.capshift.domain.funds.HoldingsValuation;
import io.capshift.domain.valuation.NegativeEarningsPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IWM's look-through on the real files: the Finviz export of 2025-08-19 and IWM's holdings of
 * 2025-11-05 (and 2025-05-13), valued at a date, against the same figures recomputed here from the
 * raw CSVs with this test's own reading of them (the rules of docs/methods.md, "Look-through").
 */
class LookThroughRealDataTest {
  private static final String FINVIZ = "us-equity-fundamentals/finviz_export_2025-08-19.csv";
  private static final double REL = 1e-9;

  @TempDir Path dir;
  private Capshift capshift;

  @BeforeEach
  void open() {
    capshift = Capshift.open(dir, InProcessCapshift.CLOCK);
  }

  @AfterEach
  void close() {
    capshift.close();
  }

  @Test
  void iwm20251105_atNovember6_matchesTheRawFilesRecomputed() throws IOException {
    check(
        "ishares-iwm-holdings/IWM_holdings_2025-11-05.csv",
        LocalDate.of(2025, 11, 6),
        -78,
        0.99,
        false);
  }

  /**
   * The holdings of May are 98 days older than the fundamentals (a positive gap: fundamentals after
   * the holdings); names that left the market by August are unmatched.
   */
  @Test
  void iwm20250513_atSeptember30_usesTheLaterFundamentalsKnownThen() throws IOException {
    check(
        "ishares-iwm-holdings/IWM_holdings_2025-05-13.csv",
        LocalDate.of(2025, 9, 30),
        98,
        0.97,
        true);
  }

  /**
   * @param gapDays days from the holdings' date to the fundamentals' date
   * @param matchedAtLeast the share of value the join must match
   * @param includeDefined whether the holdings' summed earnings are positive
   */
  private void check(
      String holdingsFile,
      LocalDate at,
      long gapDays,
      double matchedAtLeast,
      boolean includeDefined)
      throws IOException {
    load(FINVIZ);
    load(holdingsFile);
    Expected e = recompute(holdingsFile);

    IndexValuationResult r =
        capshift
            .valuation()
            .getIndexValuation(
                new GetIndexValuationQuery(
                    "IWM", Optional.of(at), NegativeEarningsPolicy.EXCLUDE_NEGATIVE));
    HoldingsValuation l = r.lookThrough().orElseThrow();

    assertThat(l.join().holdings()).isEqualTo(e.holdings);
    assertThat(l.join().matched()).isEqualTo(e.matched);
    assertThat(l.join().matchedWeight()).isCloseTo(e.matchedValue / e.total, within(REL));
    assertThat(l.join().matchedWeight()).isGreaterThan(matchedAtLeast);
    assertThat(l.join().capMismatch()).hasSize(e.capMismatch);
    var finviz = l.join().sources().get(0);
    assertThat(finviz.datasetId()).isEqualTo("finviz@2025-08-19");
    assertThat(finviz.gapDays()).isEqualTo(gapDays);
    assertThat(finviz.ageDays())
        .isEqualTo(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.of(2025, 8, 19), at));

    // INCLUDE: where the summed earnings are <= 0 the P/E is undefined and the yield says by how
    // much
    var include = l.valuation(NegativeEarningsPolicy.INCLUDE);
    assertThat(e.earnings > 0).isEqualTo(includeDefined);
    if (includeDefined) {
      double pe = include.priceEarnings().getAsDouble();
      assertThat(pe).isCloseTo(e.valueWithEarnings / e.earnings, within(REL * pe));
    } else {
      assertThat(include.priceEarnings().isDefined()).isFalse();
    }
    assertThat(include.earningsYield().getAsDouble())
        .isCloseTo(e.earnings / e.valueWithEarnings, within(REL));
    assertThat(include.earningsCoverage().used()).isEqualTo(e.withEarnings);
    double exclude =
        l.valuation(NegativeEarningsPolicy.EXCLUDE_NEGATIVE).priceEarnings().getAsDouble();
    assertThat(exclude)
        .isCloseTo(e.valueNonNegative / e.earningsNonNegative, within(REL * exclude));
    double capped =
        l.valuation(NegativeEarningsPolicy.FUND_HARMONIC_CAPPED).priceEarnings().getAsDouble();
    assertThat(capped).isCloseTo(e.valuePositive / e.cappedEarnings, within(REL * capped));
    assertThat(r.valuation().priceEarnings().getAsDouble()).isEqualTo(exclude);

    assertThat(l.nonPositive().count()).isEqualTo(e.nonPositive);
    assertThat(l.nonPositive().withEarnings()).isEqualTo(e.withEarnings);
    assertThat(l.nonPositive().weight()).isCloseTo(e.valueNonPositive / e.total, within(REL));
    assertThat(l.nonPositive().coveredWeight())
        .isCloseTo(e.valueNonPositive / e.valueWithEarnings, within(REL));
    System.out.printf(
        Locale.ROOT,
        "%s at %s: %d of %d holdings matched (%.2f%% of value), gap %d days; INCLUDE %s (earnings"
            + " yield %.2f%%), EXCLUDE_NEGATIVE %.2f, FUND_HARMONIC_CAPPED %.2f; %d of %d earners"
            + " non-positive, %.2f%% of value%n",
        holdingsFile,
        at,
        e.matched,
        e.holdings,
        100 * e.matchedValue / e.total,
        gapDays,
        includeDefined
            ? String.format(Locale.ROOT, "%.2f", e.valueWithEarnings / e.earnings)
            : "n/a",
        100 * e.earnings / e.valueWithEarnings,
        exclude,
        capped,
        e.nonPositive,
        e.withEarnings,
        100 * e.valueNonPositive / e.total);
  }

  /** The figures from the raw files. */
  private static final class Expected {
    int holdings;
    int matched;
    int capMismatch;
    int withEarnings;
    int nonPositive;
    double total;
    double matchedValue;
    double earnings;
    double valueWithEarnings;
    double valueNonNegative;
    double earningsNonNegative;
    double valuePositive;
    double cappedEarnings;
    double valueNonPositive;
  }

  private static Expected recompute(String holdingsFile) throws IOException {
    Map<String, String[]> companies = new HashMap<>();
    List<String> lines = Files.readAllLines(SharedData.file(FINVIZ), StandardCharsets.UTF_8);
    List<String> head = split(lines.get(0));
    int ticker = head.indexOf("Ticker");
    int industry = head.indexOf("Industry");
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = split(line);
      if (!f.get(industry).equals("Exchange Traded Fund")) {
        companies.put(normalise(f.get(ticker)), f.toArray(String[]::new));
      }
    }
    int cap = head.indexOf("Market Cap");
    int income = head.indexOf("Income");
    int shares = head.indexOf("Shares Outstanding");
    int price = head.indexOf("Price");
    int eps = head.indexOf("EPS (ttm)");

    Map<String, Double> positions = holdings(holdingsFile);
    Expected e = new Expected();
    e.holdings = positions.size();
    for (var p : positions.entrySet()) {
      double v = p.getValue();
      e.total += v;
      String[] c = companies.get(normalise(p.getKey()));
      if (c == null) {
        continue;
      }
      e.matched++;
      e.matchedValue += v;
      double mc = number(c[cap]) * 1e6;
      double implied = number(c[shares]) * 1e6 * number(c[price]);
      boolean capOk = !(mc > 0 && implied > 0 && Math.abs(mc / implied - 1) > 0.5);
      if (!capOk) {
        e.capMismatch++;
        continue;
      }
      double earn;
      if (mc > 0 && !c[income].isEmpty()) {
        earn = v * number(c[income]) * 1e6 / mc;
      } else if (number(c[price]) > 0 && !c[eps].isEmpty()) {
        earn = v * number(c[eps]) / number(c[price]);
      } else {
        continue;
      }
      e.withEarnings++;
      e.earnings += earn;
      e.valueWithEarnings += v;
      if (earn >= 0) {
        e.valueNonNegative += v;
        e.earningsNonNegative += earn;
      }
      if (earn > 0) {
        e.valuePositive += v;
        e.cappedEarnings += Math.max(earn, v / 60);
      } else {
        e.nonPositive++;
        e.valueNonPositive += v;
      }
    }
    return e;
  }

  /**
   * The equity positions of an iShares holdings file by ticker (a '-' ticker under its name; a
   * ticker given twice summed), Market Value in USD.
   */
  private static Map<String, Double> holdings(String relative) throws IOException {
    List<String> lines = Files.readAllLines(SharedData.file(relative), StandardCharsets.UTF_8);
    Map<String, Double> out = new LinkedHashMap<>();
    List<String> head = null;
    for (String line : lines) {
      List<String> f = split(line);
      if (head == null) {
        if (!f.isEmpty() && f.get(0).equals("Ticker")) {
          head = f;
        }
        continue;
      }
      if (f.size() < head.size() || !f.get(head.indexOf("Asset Class")).equals("Equity")) {
        continue;
      }
      String t = f.get(head.indexOf("Ticker"));
      String key = t.equals("-") ? f.get(head.indexOf("Name")) : t;
      out.merge(key, number(f.get(head.indexOf("Market Value"))), Double::sum);
    }
    return out;
  }

  private static String normalise(String ticker) {
    return ticker.replaceAll("[-./\\s]", "").toUpperCase(Locale.ROOT);
  }

  private static double number(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s.replace(",", ""));
  }

  /** One CSV line, RFC 4180 quoting (no field in these files spans lines). */
  private static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder f = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          f.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          f.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        out.add(f.toString());
        f.setLength(0);
      } else if (ch != '\uFEFF') {
        f.append(ch);
      }
    }
    out.add(f.toString());
    return out;
  }

  private void load(String relative) throws IOException {
    SharedData.importInto(capshift, relative);
  }
}
