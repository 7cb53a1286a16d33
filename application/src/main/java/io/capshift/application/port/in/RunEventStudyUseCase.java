package io.capshift.application.port.in;

import io.capshift.domain.error.FieldViolation;
import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.history.CycleRule;
import io.capshift.domain.history.EasingEvent;
import io.capshift.domain.history.EventStudyResult;
import io.capshift.domain.history.HorizonSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What small and large caps did after the first Fed cut of each easing cycle. */
public interface RunEventStudyUseCase {
  /** Default small-cap series: the bottom size quintile of Kenneth French's portfolios. */
  String DEFAULT_SMALL = "ff-size:vw_lo20";

  /** Default large-cap series: the top size quintile. */
  String DEFAULT_LARGE = "ff-size:vw_hi20";

  /**
   * The study's definitions.
   *
   * @param smallId series of small-cap monthly returns, or of prices (turned into month-end
   *     returns); a series whose unit names a return is taken as returns
   * @param largeId the same for large caps
   * @param policyId series of the policy rate; empty: FRED's target rate {@code dfedtar:value}
   *     followed by the upper bound {@code dfedtaru:value} where stored, else the built-in target
   *     ranges' upper bounds
   * @param quietMonths months without a cut that make the next cut a first cut, 1 to 120
   * @param horizons months after the event, ascending, distinct, each 1 to 120
   * @param includeEventMonth count from the event's month instead of the next
   * @param cycleRule how a first cut is told from the rate history
   * @param asOf study the history as known at this date (months ended by it); empty for all
   */
  record Query(
      String smallId,
      String largeId,
      Optional<String> policyId,
      int quietMonths,
      List<Integer> horizons,
      boolean includeEventMonth,
      CycleRule cycleRule,
      Optional<LocalDate> asOf) {
    /** {@code <target>:<name>}, as the store names a series. */
    static final java.util.regex.Pattern SERIES_ID =
        java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}:[A-Za-z0-9_]{1,64}");

    /** All the history. */
    public Query(
        String smallId,
        String largeId,
        Optional<String> policyId,
        int quietMonths,
        List<Integer> horizons,
        boolean includeEventMonth,
        CycleRule cycleRule) {
      this(
          smallId,
          largeId,
          policyId,
          quietMonths,
          horizons,
          includeEventMonth,
          cycleRule,
          Optional.empty());
    }

    /** With the default rule, {@link CycleRule#HIKE_OR_QUIET}. */
    public Query(
        String smallId,
        String largeId,
        Optional<String> policyId,
        int quietMonths,
        List<Integer> horizons,
        boolean includeEventMonth) {
      this(
          smallId,
          largeId,
          policyId,
          quietMonths,
          horizons,
          includeEventMonth,
          CycleRule.HIKE_OR_QUIET);
    }

    public Query {
      Objects.requireNonNull(policyId, "policyId");
      Objects.requireNonNull(cycleRule, "cycleRule");
      Objects.requireNonNull(asOf, "asOf");
      horizons = List.copyOf(horizons);
      requireSeries("small_series_id", smallId);
      requireSeries("large_series_id", largeId);
      policyId.ifPresent(p -> requireSeries("policy_series_id", p));
      if (quietMonths < 1 || quietMonths > 120) {
        throw InvalidInputException.of("quiet_months", "must be 1 to 120, got " + quietMonths);
      }
      if (horizons.isEmpty()
          || horizons.size() > 12
          || horizons.stream().anyMatch(h -> h < 1 || h > 120)
          || !horizons.equals(horizons.stream().distinct().sorted().toList())) {
        throw InvalidInputException.of(
            "horizons",
            "give 1 to 12 distinct ascending horizons of 1 to 120 months, got " + horizons);
      }
    }

    private static void requireSeries(String field, String id) {
      seriesIdProblem(id)
          .ifPresent(
              p -> {
                throw InvalidInputException.of(field, p);
              });
    }
  }

  /**
   * Refuses a small and a large series id that are not series ids, naming each bad one by its
   * request field ({@code small_series_id}, {@code large_series_id}) in one error.
   *
   * @throws InvalidInputException if either is not {@code <target>:<name>}
   */
  static void requireSeriesPair(String smallId, String largeId) {
    List<FieldViolation> bad = new java.util.ArrayList<>();
    seriesIdProblem(smallId).ifPresent(p -> bad.add(new FieldViolation("small_series_id", p)));
    seriesIdProblem(largeId).ifPresent(p -> bad.add(new FieldViolation("large_series_id", p)));
    if (!bad.isEmpty()) {
      throw new InvalidInputException(bad);
    }
  }

  /**
   * Why {@code id} is not a series id {@code <target>:<name>}, or empty when it is one.
   *
   * @param id what the caller gave
   */
  static java.util.Optional<String> seriesIdProblem(String id) {
    if (id != null && Query.SERIES_ID.matcher(id).matches()) {
      return java.util.Optional.empty();
    }
    String shown = id == null ? "nothing" : id.length() > 80 ? id.substring(0, 77) + "..." : id;
    return java.util.Optional.of(
        "must be a series id <target>:<name>, e.g. " + DEFAULT_SMALL + ", got " + shown);
  }

  /**
   * The study and everything it rests on.
   *
   * @param query the definitions used
   * @param events every first cut found, with the rates before and after
   * @param result returns after each event and the per-horizon summary against the baseline
   * @param policySource where the policy rate came from
   * @param calendarSource where the FOMC decision days that date the events came from
   * @param smallSource where the small-cap returns came from, and how
   * @param largeSource the same for large caps
   * @param byRule the headline under each cycle rule, the query's first, for comparison
   * @param dataVersion the store's data version
   */
  record Report(
      Query query,
      List<EasingEvent> events,
      EventStudyResult result,
      String policySource,
      String calendarSource,
      String smallSource,
      String largeSource,
      List<RuleHeadline> byRule,
      long dataVersion) {
    public Report {
      events = List.copyOf(events);
      byRule = List.copyOf(byRule);
    }
  }

  /**
   * What the study finds under one cycle rule.
   *
   * @param rule the rule
   * @param events the first cuts it finds
   * @param summaries small minus large after them, per horizon, against every month
   */
  record RuleHeadline(CycleRule rule, List<EasingEvent> events, List<HorizonSummary> summaries) {
    public RuleHeadline {
      events = List.copyOf(events);
      summaries = List.copyOf(summaries);
    }
  }

  /**
   * @throws io.capshift.domain.error.NotFoundException if a series is not stored
   */
  Report runEventStudy(Query query);
}
