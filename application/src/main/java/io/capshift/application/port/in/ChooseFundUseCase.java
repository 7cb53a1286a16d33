package io.capshift.application.port.in;

import io.capshift.domain.error.InvalidInputException;
import io.capshift.domain.fundamentals.JoinRules;
import io.capshift.domain.funds.ChoiceCriterion;
import io.capshift.domain.funds.FundChoice;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Through which fund: candidate funds ranked on stated criteria at a date. */
public interface ChooseFundUseCase {

  /**
   * Which funds to rank, at which date, with which weights.
   *
   * @param asOf only data known by then is used; empty: today
   * @param fundIds the small-cap candidates; empty: every fund with holdings or facts in the store
   *     known at the date, other than the large-cap alternative
   * @param largeFunds the large-cap alternative ranked beside them; empty: {@link
   *     #DEFAULT_LARGE_FUNDS} that the store holds
   * @param weights weight of each criterion by key ({@link ChoiceCriterion#key()}), in [0, 100]; a
   *     criterion not named weighs 1
   * @param rules the look-through rules; {@link JoinRules#maxAgeDays()} is also the age limit of
   *     every other input (fund facts, holdings)
   */
  record Query(
      Optional<LocalDate> asOf,
      List<String> fundIds,
      List<String> largeFunds,
      Map<String, Double> weights,
      JoinRules rules) {
    /** Funds tracking the S&amp;P 500: the large-cap alternative unless the caller names one. */
    public static final List<String> DEFAULT_LARGE_FUNDS = List.of("SPY", "IVV", "VOO");

    /** The criteria's keys, as weights are given. */
    public static final List<String> CRITERIA =
        Arrays.stream(ChoiceCriterion.values()).map(ChoiceCriterion::key).toList();

    public Query {
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(rules, "rules");
      fundIds = ids(fundIds, "fund_ids");
      largeFunds = ids(largeFunds, "large_funds");
      weights = Map.copyOf(weights);
      for (var e : weights.entrySet()) {
        if (!CRITERIA.contains(e.getKey()) || !(e.getValue() >= 0 && e.getValue() <= 100)) {
          throw InvalidInputException.of(
              "weights",
              "a weight is one of "
                  + CRITERIA
                  + " = a number in [0, 100], got "
                  + e.getKey()
                  + "="
                  + e.getValue());
        }
      }
    }

    private static List<String> ids(List<String> ids, String field) {
      for (String id : ids) {
        if (id == null || !id.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
          throw InvalidInputException.of(
              field, "a fund is its ticker, e.g. IWM (1-64 letters, digits, '.', '_' or '-')");
        }
      }
      return ids.stream().map(s -> s.strip().toUpperCase(Locale.US)).distinct().toList();
    }

    /** The weights by criterion. */
    public Map<ChoiceCriterion, Double> criterionWeights() {
      var out = new java.util.EnumMap<ChoiceCriterion, Double>(ChoiceCriterion.class);
      weights.forEach((k, v) -> ChoiceCriterion.of(k).ifPresent(c -> out.put(c, v)));
      return out;
    }
  }

  /**
   * The ranking and what it rests on.
   *
   * @param choice the ranking and the answer
   * @param at the date it is for
   * @param candidates the small-cap funds considered
   * @param largeFunds the large-cap alternative considered
   * @param notes how the candidates were found
   * @param dataVersion the store's data version the answer reflects
   */
  record Result(
      FundChoice choice,
      LocalDate at,
      List<String> candidates,
      List<String> largeFunds,
      List<String> notes,
      long dataVersion) {
    public Result {
      candidates = List.copyOf(candidates);
      largeFunds = List.copyOf(largeFunds);
      notes = List.copyOf(notes);
    }
  }

  Result chooseFund(Query query);
}
