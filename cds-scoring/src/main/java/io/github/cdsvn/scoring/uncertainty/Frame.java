package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.scoring.Component;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.IndexNumbers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What one combination of attainment rules gives every unit, in primitive arrays: for each unit,
 * its pillars and, within each, its targets in canonical order (by key), each with its weight
 * slot, its value on 0–100 (NaN without data) and whether it is applicable. A run re-aggregates
 * these with its own weights, aggregators and threshold through {@link IndexNumbers}, the
 * arithmetic {@link IndexScore#aggregate} uses. Immutable and thread-safe.
 */
final class Frame {
  private final UnitFrame[] units;

  private Frame(UnitFrame[] units) {
    this.units = units;
  }

  /** One unit: pillar groups in pillar order, targets of each in canonical order. */
  private static final class UnitFrame {
    final boolean noTargets;
    /** Pillar group g: its weight slot, its targets from start[g] to start[g + 1]. */
    final int[] pillarSlot;
    final int[] start;
    /** The groups in canonical order for the composite: by pillar code. */
    final int[] compositeOrder;
    final int[] targetSlot;
    final double[] value;
    final boolean[] applicable;
    final int widest;

    UnitFrame(boolean noTargets, int[] pillarSlot, int[] start, int[] compositeOrder, int[] targetSlot,
        double[] value, boolean[] applicable) {
      this.noTargets = noTargets;
      this.pillarSlot = pillarSlot;
      this.start = start;
      this.compositeOrder = compositeOrder;
      this.targetSlot = targetSlot;
      this.value = value;
      this.applicable = applicable;
      int w = pillarSlot.length;
      for (int g = 0; g < pillarSlot.length; g++) {
        w = Math.max(w, start[g + 1] - start[g]);
      }
      this.widest = w;
    }
  }

  /**
   * Reads the scorecards of every unit, in the units' order.
   *
   * @param cards the scorecards, one per unit, in the units' order
   * @param pillarSlots the weight slot of each pillar
   * @param targetSlots the weight slot of each target key, by the key as text
   */
  static Frame of(List<Scorecard> cards, Map<Pillar, Integer> pillarSlots, Map<String, Integer> targetSlots) {
    UnitFrame[] units = new UnitFrame[cards.size()];
    for (int u = 0; u < units.length; u++) {
      units[u] = read(cards.get(u), pillarSlots, targetSlots);
    }
    return new Frame(units);
  }

  private static UnitFrame read(Scorecard card, Map<Pillar, Integer> pillarSlots, Map<String, Integer> targetSlots) {
    List<IndexScore> pillars = card.pillars();
    int groups = pillars.size();
    int[] pillarSlot = new int[groups];
    int[] start = new int[groups + 1];
    List<Component> all = new ArrayList<>();
    String[] codes = new String[groups];
    for (int g = 0; g < groups; g++) {
      Pillar p = pillars.get(g).pillar().orElseThrow();
      codes[g] = p.code();
      pillarSlot[g] = slot(pillarSlots, p, "pillar " + p.code());
      List<Component> components = new ArrayList<>(pillars.get(g).components());
      components.sort(Comparator.comparing(Component::key));
      start[g] = all.size();
      all.addAll(components);
    }
    start[groups] = all.size();
    int n = all.size();
    int[] targetSlot = new int[n];
    double[] value = new double[n];
    boolean[] applicable = new boolean[n];
    for (int t = 0; t < n; t++) {
      Component c = all.get(t);
      targetSlot[t] = slot(targetSlots, c.key(), "target " + c.key());
      value[t] = c.value().isPresent() ? c.value().getAsDouble() : Double.NaN;
      applicable[t] = c.applicable();
    }
    Integer[] order = new Integer[groups];
    for (int g = 0; g < groups; g++) {
      order[g] = g;
    }
    Arrays.sort(order, Comparator.comparing(g -> codes[g]));
    int[] compositeOrder = Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    return new UnitFrame(card.targets().isEmpty(), pillarSlot, start, compositeOrder, targetSlot, value, applicable);
  }

  private static <K> int slot(Map<K, Integer> slots, K key, String what) {
    Integer s = slots.get(key);
    if (s == null) {
      throw new IllegalStateException("no weight slot for " + what);
    }
    return s;
  }

  /** The composite of every unit under a configuration: NaN where a unit has none. */
  double[] composites(ChoiceSpace.Run run) {
    double[] out = new double[units.length];
    for (int u = 0; u < units.length; u++) {
      out[u] = composite(units[u], run);
    }
    return out;
  }

  private static double composite(UnitFrame f, ChoiceSpace.Run run) {
    if (f.noTargets) {
      return Double.NaN;
    }
    int groups = f.pillarSlot.length;
    double[] pillarScore = new double[groups];
    boolean[] pillarApplicable = new boolean[groups];
    double[] weights = new double[f.widest];
    double[] values = new double[f.widest];
    boolean[] applicable = new boolean[f.widest];
    double[] out = new double[2];
    double[][] reuse = IndexNumbers.reuse(f.widest);
    for (int g = 0; g < groups; g++) {
      int n = f.start[g + 1] - f.start[g];
      boolean any = false;
      for (int k = 0; k < n; k++) {
        int t = f.start[g] + k;
        weights[k] = run.targetWeights[f.targetSlot[t]];
        values[k] = f.value[t];
        applicable[k] = f.applicable[t];
        any |= f.applicable[t] && weights[k] > 0;
      }
      IndexNumbers.compute(n, weights, values, applicable, run.targetAggregator, run.threshold, out, reuse);
      pillarApplicable[g] = any;
      pillarScore[g] = out[1];
    }
    for (int k = 0; k < groups; k++) {
      int g = f.compositeOrder[k];
      weights[k] = run.pillarWeights[f.pillarSlot[g]];
      values[k] = pillarScore[g];
      applicable[k] = pillarApplicable[g];
    }
    IndexNumbers.compute(groups, weights, values, applicable, run.pillarAggregator, run.threshold, out, reuse);
    return out[1];
  }
}
