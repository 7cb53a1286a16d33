package io.capshift.domain.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class MonthlyValuesTest {
  private static final YearMonth JAN = YearMonth.of(2001, 1);

  @Test
  void countThrough_countsTheMonthsOnOrBeforeOne() {
    TreeMap<YearMonth, Double> m = new TreeMap<>();
    m.put(JAN, 1.0);
    m.put(JAN.plusMonths(2), 3.0); // a gap in February
    m.put(JAN.plusMonths(3), 4.0);
    MonthlyValues v = MonthlyValues.of(m);

    assertThat(v.countThrough(JAN.minusMonths(1))).isZero();
    assertThat(v.countThrough(JAN)).isEqualTo(1);
    assertThat(v.countThrough(JAN.plusMonths(1))).isEqualTo(1);
    assertThat(v.countThrough(JAN.plusMonths(2))).isEqualTo(2);
    assertThat(v.countThrough(JAN.plusMonths(9))).isEqualTo(3);
    assertThat(v.values(2)).containsExactly(1.0, 3.0);
    assertThat(v.month(1)).isEqualTo(JAN.plusMonths(2));
    assertThat(v.asMap()).isEqualTo(m);
  }

  @Test
  void consecutive_numbersTheMonthsFromTheFirst() {
    MonthlyValues v = MonthlyValues.consecutive(YearMonth.of(2000, 11), new double[] {5, 6, 7});
    assertThat(v.month(2)).isEqualTo(JAN);
    assertThat(v.value(2)).isEqualTo(7.0);
    assertThat(v.size()).isEqualTo(3);
    assertThat(MonthlyValues.EMPTY.countThrough(JAN)).isZero();
  }

  @Test
  void values_areACopy_andCountsAreChecked() {
    MonthlyValues v = MonthlyValues.consecutive(JAN, new double[] {1, 2});
    v.values(2)[0] = 9;
    assertThat(v.value(0)).isEqualTo(1.0);
    assertThatThrownBy(() -> v.values(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void of_refusesAMapOutOfMonthOrder() {
    TreeMap<YearMonth, Double> descending = new TreeMap<>(java.util.Comparator.reverseOrder());
    descending.put(JAN, 1.0);
    descending.put(JAN.plusMonths(1), 2.0);
    assertThatThrownBy(() -> MonthlyValues.of(descending))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
