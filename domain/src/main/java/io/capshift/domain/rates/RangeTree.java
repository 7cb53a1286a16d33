package io.capshift.domain.rates;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A probability distribution over target ranges, as net 25 bp steps from the current range. CME's
 * tree: every node takes the same conditional split at a meeting, so the distribution after a
 * meeting is the previous one convolved with that meeting's {@link MoveSplit}.
 */
final class RangeTree {
  private final TargetRange current;
  private final TreeMap<Integer, Double> steps;
  // P(no meeting so far cut): splits do not depend on the node, so it is a product over meetings.
  private final double noCutYet;

  private RangeTree(TargetRange current, TreeMap<Integer, Double> steps, double noCutYet) {
    this.current = current;
    this.steps = steps;
    this.noCutYet = noCutYet;
  }

  /** Certainty of the current range. */
  static RangeTree at(TargetRange current) {
    TreeMap<Integer, Double> steps = new TreeMap<>();
    steps.put(0, 1.0);
    return new RangeTree(current, steps, 1.0);
  }

  /** The distribution after one more meeting with split {@code move}. */
  RangeTree then(MoveSplit move) {
    TreeMap<Integer, Double> next = new TreeMap<>();
    for (Map.Entry<Integer, Double> node : steps.entrySet()) {
      add(next, node.getKey() + move.lowerSteps(), node.getValue() * move.lowerProbability());
      add(next, node.getKey() + move.upperSteps(), node.getValue() * move.upperProbability());
    }
    return new RangeTree(current, next, noCutYet * (1 - move.probabilityOfCut()));
  }

  private static void add(TreeMap<Integer, Double> to, int step, double probability) {
    if (probability > 0) {
      to.merge(step, probability, Double::sum);
    }
  }

  List<RangeProbability> ranges() {
    List<RangeProbability> out = new ArrayList<>();
    steps.forEach(
        (s, p) ->
            out.add(
                new RangeProbability(
                    current.lowerBound() + s * MoveSplit.STEP,
                    current.upperBound() + s * MoveSplit.STEP,
                    p)));
    return out;
  }

  /** Expected net steps from the current range (negative = cuts). */
  double expectedSteps() {
    return steps.entrySet().stream().mapToDouble(e -> e.getKey() * e.getValue()).sum();
  }

  /** Expected mid of the range, decimal rate. */
  double expectedRate() {
    return mid(current) + expectedSteps() * MoveSplit.STEP;
  }

  /** Probability of a range below the current one. */
  double probabilityBelowCurrent() {
    return steps.headMap(0).values().stream().mapToDouble(Double::doubleValue).sum();
  }

  /**
   * Probability that at least one meeting so far cut, on any path: a cut later undone by a hike
   * still counts, which {@link #probabilityBelowCurrent()} misses.
   */
  double probabilityOfAnyCut() {
    return 1 - noCutYet;
  }

  static double mid(TargetRange range) {
    return (range.lowerBound() + range.upperBound()) / 2;
  }
}
