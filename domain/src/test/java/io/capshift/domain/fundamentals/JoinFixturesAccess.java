package io.capshift.domain.fundamentals;

import io.capshift.domain.valuation.ConstituentSnapshot;
import java.time.LocalDate;
import java.util.List;

/** The join fixtures for tests in other packages. */
public final class JoinFixturesAccess {
  public static final LocalDate AT = JoinFixtures.AT;

  private JoinFixturesAccess() {}

  public static ConstituentSnapshot holdings() {
    return JoinFixtures.holdings();
  }

  /** The screener and the ticker map, both of 2025-08-19. */
  public static List<FundamentalsSource> sources() {
    return List.of(
        JoinFixtures.screener(JoinFixtures.FUNDAMENTALS_DATE),
        JoinFixtures.tickerMap(JoinFixtures.FUNDAMENTALS_DATE));
  }
}
