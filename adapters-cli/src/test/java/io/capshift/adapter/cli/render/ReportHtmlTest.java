package io.capshift.adapter.cli.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The report's text becomes HTML: aligned columns a table, the rest paragraphs. */
class ReportHtmlTest {
  @Test
  void body_alignedColumns_becomeATable_explanationsSpanTheRow() {
    String text =
        "rotation signal: NEUTRAL\n"
            + "  component      raw      z  last observation\n"
            + "  momentum   -0.0687  -0.41  2025-10-31 (3 days before)\n"
            + "      decimal, 12-month small minus large return\n"
            + "  policy      0.0078  +0.45  2025-11-02 (1 days before)\n";

    String html = ReportHtml.body(text);

    assertThat(html)
        .startsWith("<p>rotation signal: NEUTRAL</p>")
        .contains("<th>component</th><th>raw</th><th>z</th><th>last observation</th>")
        .contains("<td>momentum</td><td class=\"n\">-0.0687</td><td class=\"n\">-0.41</td>")
        // a value whose words line up with gaps in other rows stays one cell under its heading
        .contains("<td>2025-10-31 (3 days before)</td>")
        .contains("<td class=\"d\" colspan=\"4\">decimal, 12-month small minus large return</td>")
        .doesNotContain("<pre>");
  }

  @Test
  void ticks_niceSteps_andYearTicksAtMostTen() {
    assertThat(SvgAxes.ticks(-0.8, 0.8, 8))
        .containsExactly(-0.8, -0.6, -0.4, -0.2, 0.0, 0.2, 0.4, 0.6, 0.8);
    assertThat(SvgAxes.ticks(5.1, 123.7, 6)).containsExactly(20.0, 40.0, 60.0, 80.0, 100.0, 120.0);
    assertThat(SvgAxes.years(1871, 2025))
        .containsExactly(1880, 1900, 1920, 1940, 1960, 1980, 2000, 2020);
    assertThat(SvgAxes.years(2016, 2026)).hasSizeLessThanOrEqualTo(10).contains(2020);
  }
}
