package io.github.cdsvn.examples.benchmarks;

/**
 * The floor: the scoring of {@link Workload}'s plan by a plain hand-written loop over the
 * workload's primitive arrays (each series' values in year order, as generated), giving the same
 * attainments, pillar indices, composites and ranking as the engine for this plan (every target
 * "at least" a goal on a percent indicator, no stated baseline, so the natural zero; arithmetic
 * means, equal weights). It is the yardstick the benchmarks measure the engine against, not the
 * least work possible: a loop over an array of each series' last value, without a branch on
 * whether a goal is met, is faster (BENCHMARKS.md). Not thread-safe: one per thread.
 */
final class Floor {
  private final Workload w;
  private final double[] pillarSum = new double[Workload.PILLARS];
  private final int[] pillarCount = new int[Workload.PILLARS];
  private final int asOfDay = (int) Workload.AS_OF.toEpochDay();

  Floor(Workload w) {
    this.w = w;
  }

  /** The latest observation on or before the as-of date: its index among the years, or -1. */
  private int latest() {
    int[] days = w.days;
    for (int y = days.length - 1; y >= 0; y--) {
      if (days[y] <= asOfDay) {
        return y;
      }
    }
    return -1;
  }

  /** One target's attainment, 0–1, from its latest value. */
  private static double attain(double value, double goal) {
    if (value >= goal) {
      return 1;
    }
    double a = value / goal;
    return a <= 0 ? 0 : a;
  }

  /**
   * Scores units of a chunk, keeping each target's attainment.
   *
   * @param attainments per unit and target, or null not to keep them
   * @param composites receives each unit's composite, 0–100
   */
  void score(Workload.Chunk c, int from, int to, double[] attainments, double[] composites) {
    int latest = latest();
    double[] values = c.values;
    for (int u = from; u < to; u++) {
      java.util.Arrays.fill(pillarSum, 0);
      java.util.Arrays.fill(pillarCount, 0);
      int base = u * Workload.TARGETS;
      for (int t = 0; t < Workload.TARGETS; t++) {
        if (latest < 0) {
          continue;
        }
        double a = attain(values[(base + t) * Workload.YEARS + latest], w.goals[t]);
        if (attainments != null) {
          attainments[base + t] = a;
        }
        pillarSum[w.pillarOf[t]] += a * 100;
        pillarCount[w.pillarOf[t]]++;
      }
      composites[u - from] = composite(pillarSum, pillarCount, null);
    }
  }

  /** Aggregates kept attainments again with other weights of the pillars. */
  void reweigh(int units, double[] attainments, double[] pillarWeights, double[] composites) {
    for (int u = 0; u < units; u++) {
      java.util.Arrays.fill(pillarSum, 0);
      java.util.Arrays.fill(pillarCount, 0);
      int base = u * Workload.TARGETS;
      for (int t = 0; t < Workload.TARGETS; t++) {
        pillarSum[w.pillarOf[t]] += attainments[base + t] * 100;
        pillarCount[w.pillarOf[t]]++;
      }
      composites[u] = composite(pillarSum, pillarCount, pillarWeights);
    }
  }

  private static double composite(double[] sum, int[] count, double[] weights) {
    double total = 0;
    double weight = 0;
    for (int p = 0; p < sum.length; p++) {
      if (count[p] > 0) {
        double pw = weights == null ? 1 : weights[p];
        total += pw * sum[p] / count[p];
        weight += pw;
      }
    }
    return total / weight;
  }

  /** Ranks units by composite, highest first: the unit indices in rank order. */
  static int[] rank(double[] composites) {
    Integer[] order = new Integer[composites.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(composites[b], composites[a]));
    int[] out = new int[order.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = order[i];
    }
    return out;
  }
}
