package io.github.cdsvn.scoring.uncertainty;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Weights;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The space of choices an analysis samples: the factors, the columns each owns, the weight slots
 * (one per pillar, one per distinct target key) with their nominal weights, and how a point of
 * [0, 1)^D maps to the choices of a run. Immutable and thread-safe.
 */
final class ChoiceSpace {
  final Profile base;
  final ImmutableList<Factor> factors;
  final int[] widths;
  final int[] offsets;
  final int dimension;
  final ImmutableList<Pillar> pillars;
  final double[] nominalPillarWeights;
  final ImmutableList<Target.Key> targetKeys;
  final double[] nominalTargetWeights;
  /** The rule factors, in the factors' order, and the nominal choice of each. */
  final int[] ruleFactors;
  final int[] nominalRules;

  ChoiceSpace(Profile base, List<Factor> factors, List<Pillar> pillars, List<Target.Key> targetKeys,
      double[] nominalTargetWeights) {
    this.base = base;
    this.factors = ImmutableList.copyOf(factors);
    this.pillars = ImmutableList.copyOf(pillars);
    this.targetKeys = ImmutableList.copyOf(targetKeys);
    this.nominalTargetWeights = nominalTargetWeights.clone();
    this.nominalPillarWeights = new double[pillars.size()];
    for (int i = 0; i < pillars.size(); i++) {
      nominalPillarWeights[i] = base.weights().of(pillars.get(i));
    }
    widths = new int[factors.size()];
    offsets = new int[factors.size()];
    int d = 0;
    int rulesCount = 0;
    for (int i = 0; i < factors.size(); i++) {
      Factor f = factors.get(i);
      widths[i] = switch (f.kind()) {
        case PILLAR_WEIGHTS -> pillars.size();
        case TARGET_WEIGHTS -> targetKeys.size();
        default -> 1;
      };
      offsets[i] = d;
      d += widths[i];
      if (f.kind() == Factor.Kind.RULE) {
        rulesCount++;
      }
    }
    dimension = d;
    ruleFactors = new int[rulesCount];
    nominalRules = new int[rulesCount];
    int r = 0;
    for (int i = 0; i < factors.size(); i++) {
      if (factors.get(i).kind() == Factor.Kind.RULE) {
        ruleFactors[r] = i;
        nominalRules[r] = nominalIndex(factors.get(i));
        r++;
      }
    }
    for (Factor f : factors) {
      checkNominal(f);
    }
  }

  private int nominalIndex(Factor f) {
    AttainmentRule nominal = base.rule(f.boundKind());
    for (int c = 0; c < f.rules().size(); c++) {
      if (f.rules().get(c).name().equals(nominal.name())) {
        return c;
      }
    }
    throw new InvalidValueException("Factor.rule[" + f.boundKind() + "].choices",
        f.rules().stream().map(AttainmentRule::name).toList(),
        "choices that include the profile's own rule " + nominal.name() + ", so that the nominal configuration is one of them");
  }

  private void checkNominal(Factor f) {
    switch (f.kind()) {
      case TARGET_AGGREGATOR -> nominalAggregator(f, base.targetAggregator(), "Factor.targetAggregator.choices");
      case PILLAR_AGGREGATOR -> nominalAggregator(f, base.pillarAggregator(), "Factor.pillarAggregator.choices");
      case THRESHOLD -> {
        if (!f.containsThreshold(base.coverageThreshold())) {
          throw new InvalidValueException("Factor.coverageThreshold", f.space().en(),
              "a space that holds the profile's own threshold " + base.coverageThreshold());
        }
      }
      default -> { }
    }
  }

  private static void nominalAggregator(Factor f, Aggregator nominal, String field) {
    if (f.aggregators().stream().noneMatch(a -> a.name().equals(nominal.name()))) {
      throw new InvalidValueException(field, f.aggregators().stream().map(Aggregator::name).toList(),
          "choices that include the profile's own aggregator " + nominal.name()
              + ", so that the nominal configuration is one of them");
    }
  }

  /** The choices of one run: the rule combination and the numbers the run aggregates with. */
  static final class Run {
    final int[] rules;
    final Aggregator targetAggregator;
    final Aggregator pillarAggregator;
    final double threshold;
    final double[] targetWeights;
    final double[] pillarWeights;
    final boolean targetWeightsVary;
    final boolean pillarWeightsVary;

    Run(int[] rules, Aggregator targetAggregator, Aggregator pillarAggregator, double threshold,
        double[] targetWeights, double[] pillarWeights, boolean targetWeightsVary, boolean pillarWeightsVary) {
      this.rules = rules;
      this.targetAggregator = targetAggregator;
      this.pillarAggregator = pillarAggregator;
      this.threshold = threshold;
      this.targetWeights = targetWeights;
      this.pillarWeights = pillarWeights;
      this.targetWeightsVary = targetWeightsVary;
      this.pillarWeightsVary = pillarWeightsVary;
    }

    /** The rule combination as a key. */
    List<Integer> ruleKey() {
      return java.util.Arrays.stream(rules).boxed().toList();
    }
  }

  /** Draws the points of {@code runs} runs, row by row, from a generator seeded with {@code seed}. */
  double[][] draw(int runs, long seed) {
    double[][] points = new double[runs][dimension];
    SplittableRandom random = new SplittableRandom(seed);
    for (double[] row : points) {
      for (int c = 0; c < dimension; c++) {
        row[c] = random.nextDouble();
      }
    }
    return points;
  }

  /** The nominal choices: the profile as it is. */
  Run nominal() {
    return new Run(nominalRules.clone(), base.targetAggregator(), base.pillarAggregator(), base.coverageThreshold(),
        nominalTargetWeights, nominalPillarWeights, false, false);
  }

  /** The choices at a point. */
  Run decode(double[] u) {
    int[] rules = nominalRules.clone();
    Aggregator ta = base.targetAggregator();
    Aggregator pa = base.pillarAggregator();
    double threshold = base.coverageThreshold();
    double[] tw = nominalTargetWeights;
    double[] pw = nominalPillarWeights;
    boolean twVary = false;
    boolean pwVary = false;
    int r = 0;
    for (int i = 0; i < factors.size(); i++) {
      Factor f = factors.get(i);
      int at = offsets[i];
      switch (f.kind()) {
        case PILLAR_WEIGHTS -> {
          pw = draw(f, nominalPillarWeights, u, at);
          pwVary = true;
        }
        case TARGET_WEIGHTS -> {
          tw = draw(f, nominalTargetWeights, u, at);
          twVary = true;
        }
        case TARGET_AGGREGATOR -> ta = f.aggregators().get(Factor.choice(u[at], f.aggregators().size()));
        case PILLAR_AGGREGATOR -> pa = f.aggregators().get(Factor.choice(u[at], f.aggregators().size()));
        case RULE -> rules[r++] = Factor.choice(u[at], f.rules().size());
        case THRESHOLD -> threshold = f.threshold(u[at]);
        default -> throw new IllegalStateException(f.kind().name());
      }
    }
    return new Run(rules, ta, pa, threshold, tw, pw, twVary, pwVary);
  }

  private static double[] draw(Factor f, double[] nominal, double[] u, int at) {
    double[] w = new double[nominal.length];
    Factor.Perturbation p = f.perturbation();
    for (int i = 0; i < w.length; i++) {
      w[i] = p.apply(nominal[i], u[at + i]);
      if (!(w[i] >= 0 && w[i] < Double.POSITIVE_INFINITY)) {
        throw new InvalidValueException("Factor[" + f.label().en() + "].perturbation", w[i],
            "a weight, finite and not negative, drawn from nominal " + nominal[i] + " and u = " + u[at + i]);
      }
    }
    return w;
  }

  /** The rules of a rule combination, every other kind as the profile has it. */
  Map<Bound.Kind, AttainmentRule> rules(int[] combination) {
    Map<Bound.Kind, AttainmentRule> rules = new EnumMap<>(Bound.Kind.class);
    rules.putAll(base.rules());
    for (int r = 0; r < ruleFactors.length; r++) {
      Factor f = factors.get(ruleFactors[r]);
      rules.put(f.boundKind(), f.rules().get(combination[r]));
    }
    return rules;
  }

  /** The profile a scorer needs to score the rule combination: the base profile with those rules. */
  Profile ruleProfile(int[] combination) {
    return Profile.builder().from(base).rules(rules(combination)).build();
  }

  /** The full profile of a run's choices, weights written out for every slot that varies. */
  Profile profile(Run run, String name) {
    Weights.Builder w = Weights.builder().putAll(base.weights());
    if (run.targetWeightsVary) {
      for (int i = 0; i < targetKeys.size(); i++) {
        w.target(targetKeys.get(i), run.targetWeights[i]);
      }
    }
    if (run.pillarWeightsVary) {
      for (int i = 0; i < pillars.size(); i++) {
        w.pillar(pillars.get(i), run.pillarWeights[i]);
      }
    }
    return Profile.builder().from(base).name(name).rules(rules(run.rules)).targetAggregator(run.targetAggregator)
        .pillarAggregator(run.pillarAggregator).coverageThreshold(run.threshold).weights(w.build()).build();
  }
}
