package io.capshift.domain.rates;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The probabilities CME FedWatch published on one day for the target range after one meeting.
 *
 * @param publishedOn the day CME published them (its end-of-day "as of" date)
 * @param meeting the meeting's decision day
 * @param ranges every range with its probability, ascending; ranges CME did not show are absent
 */
public record PublishedDistribution(
    LocalDate publishedOn, LocalDate meeting, List<RangeProbability> ranges) {
  public PublishedDistribution {
    Objects.requireNonNull(publishedOn, "publishedOn");
    Objects.requireNonNull(meeting, "meeting");
    ranges = List.copyOf(ranges);
    if (ranges.isEmpty()) {
      throw new IllegalArgumentException("a distribution needs at least one range");
    }
  }

  /** The probability-weighted mid of the ranges, over the probabilities given, decimal rate. */
  public double expectedMid() {
    double weight = 0;
    double sum = 0;
    for (RangeProbability r : ranges) {
      weight += r.probability();
      sum += r.probability() * (r.lowerBound() + r.upperBound()) / 2;
    }
    if (!(weight > 0)) {
      throw new IllegalStateException("no probability published for " + meeting);
    }
    return sum / weight;
  }

  /** The sum of the probabilities given; CME's rows sum to 1 within rounding. */
  public double total() {
    return ranges.stream().mapToDouble(RangeProbability::probability).sum();
  }
}
