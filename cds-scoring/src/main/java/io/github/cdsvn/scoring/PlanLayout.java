package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * How a list of targets rolls up: the pillars in pillar order, each pillar's targets in list
 * order and in canonical order (by key), and the pillars in canonical order (by code). The one
 * place where the order in which indices read their components is decided. Immutable and
 * thread-safe.
 */
final class PlanLayout {
  final int n;
  final Target[] targets;
  /** Each target's key as text: its component's key. */
  final String[] keys;
  /** The pillars in pillar order. */
  final Pillar[] pillars;
  /** The targets of each pillar, in list order and in canonical order. */
  final int[][] members;
  final int[][] canonical;
  /** The pillars in canonical order, for the composite. */
  final int[] pillarOrder;
  /** The most components an index has. */
  final int widest;
  private volatile Cached cached;
  private volatile Cached reweighed;

  /**
   * Lays targets out.
   *
   * @throws InvalidValueException if two pillars of the targets share a code, which the
   *     composite's components could not tell apart
   */
  PlanLayout(List<Target> list) {
    n = list.size();
    targets = list.toArray(new Target[0]);
    keys = new String[n];
    TreeMap<Pillar, List<Integer>> byPillar = new TreeMap<>();
    for (int t = 0; t < n; t++) {
      keys[t] = targets[t].key().toString();
      byPillar.computeIfAbsent(targets[t].indicator().pillar(), p -> new ArrayList<>()).add(t);
    }
    pillars = byPillar.keySet().toArray(new Pillar[0]);
    members = new int[pillars.length][];
    canonical = new int[pillars.length][];
    int wide = pillars.length;
    Set<String> codes = new HashSet<>();
    for (int p = 0; p < pillars.length; p++) {
      members[p] = byPillar.get(pillars[p]).stream().mapToInt(Integer::intValue).toArray();
      canonical[p] = byPillar.get(pillars[p]).stream().sorted((a, b) -> keys[a].compareTo(keys[b]))
          .mapToInt(Integer::intValue).toArray();
      wide = Math.max(wide, members[p].length);
      if (!codes.add(pillars[p].code())) {
        throw new InvalidValueException("IndexScore.components", pillars[p].code(), "keys must be distinct");
      }
    }
    widest = wide;
    Integer[] order = new Integer[pillars.length];
    Arrays.setAll(order, p -> p);
    Arrays.sort(order, (a, b) -> pillars[a].code().compareTo(pillars[b].code()));
    pillarOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
  }

  /** Weights as a profile gives them to these targets and pillars; the last asked for is kept. */
  Weighing weighing(Profile profile) {
    Cached c = cached;
    if (c != null && c.profile == profile) {
      return c.weighing;
    }
    Weighing w = new Weighing(profile);
    cached = new Cached(profile, w);
    return w;
  }

  /**
   * Weights a profile with other weights gives ({@link Profile#withCustomWeights}); the last asked
   * for is kept, so that re-weighing many scorecards makes the profile once.
   */
  Weighing reweighed(Profile from, Weights weights) {
    Cached c = reweighed;
    if (c != null && c.profile == from && c.weights == weights) {
      return c.weighing;
    }
    Weighing w = new Weighing(from.withCustomWeights(weights));
    reweighed = new Cached(from, weights, w);
    return w;
  }

  private static final class Cached {
    final Profile profile;
    final Weights weights;
    final Weighing weighing;

    Cached(Profile profile, Weighing weighing) {
      this(profile, null, weighing);
    }

    Cached(Profile profile, Weights weights, Weighing weighing) {
      this.profile = profile;
      this.weights = weights;
      this.weighing = weighing;
    }
  }

  /** A profile's weights of the targets and pillars, and the profile they come from. */
  final class Weighing {
    final Profile profile;
    final double[] tw;
    final double[] pw;
    /**
     * For each pillar, the weight of its targets added up 0, 1, 2… times in a row, as an index
     * adds it ({@link IndexNumbers#computeEqual}); {@code null} unless the profile aggregates
     * targets by the arithmetic mean and the targets of each pillar weigh the same.
     */
    final double[][] equal;

    private Weighing(Profile profile) {
      this.profile = profile;
      tw = new double[n];
      for (int t = 0; t < n; t++) {
        tw[t] = profile.weights().of(targets[t]);
      }
      pw = new double[pillars.length];
      for (int p = 0; p < pw.length; p++) {
        pw[p] = profile.weights().of(pillars[p]);
      }
      equal = equalSums();
    }

    private double[][] equalSums() {
      if (profile.targetAggregator() != Means.ARITHMETIC) {
        return null;
      }
      double[][] sums = new double[canonical.length][];
      for (int p = 0; p < sums.length; p++) {
        int[] c = canonical[p];
        double w = tw[c[0]];
        sums[p] = new double[c.length + 1];
        for (int k = 0; k < c.length; k++) {
          if (tw[c[k]] != w) {
            return null;
          }
          sums[p][k + 1] = sums[p][k] + w;
        }
      }
      return sums;
    }
  }
}
