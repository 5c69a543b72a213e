package io.github.cdsvn.examples;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.interchange.CsvFormat;
import io.github.cdsvn.core.interchange.NumberConvention;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes the illustrative observations of the example plans: for every target, values for 2020
 * to 2024 that look plausible and differ from target to target, so that a report shows every
 * case — targets already met, on track, behind, deteriorating, and some with no data at all.
 *
 * <p><strong>These are not real figures.</strong> Every observation has the status
 * {@link Observation.Status#ILLUSTRATIVE} and says so in its source, and everything computed from
 * them says so too. They are made deterministically: the same plans give the same observations,
 * so the files in {@code data/observations/} can be checked against a fresh run.
 *
 * <p>Each series (a unit, an indicator and the level measured) follows one of six scenarios,
 * chosen from the series' own key: {@link Scenario}.
 */
public final class IllustrativeObservations {
  /** The source written on every illustrative observation. */
  public static final String SOURCE = "minh họa, không phải số liệu thật / illustrative, not a real figure";
  /** The first year observed. */
  public static final int FIRST_YEAR = 2020;
  /** The last year observed. */
  public static final int LAST_YEAR = 2024;

  /** How an illustrative series moves from 2020 to 2024. */
  public enum Scenario {
    /** The target is already met by 2024. */
    MET,
    /** Progress at about the pace the target needs. */
    ON_TRACK,
    /** Progress at about half the pace needed. */
    BEHIND,
    /** Better until 2022, worse since. */
    DETERIORATING,
    /** Observed in 2020 and 2022 only. */
    SPARSE,
    /** Never observed. */
    MISSING
  }

  private IllustrativeObservations() {}

  /**
   * Makes the observations of a list of plans.
   *
   * @param plans the plans; a series shared by several targets (2025 and 2030) is made once,
   *     for the earliest of them
   * @return the observations
   */
  public static ObservationSet of(List<Plan> plans) {
    Map<String, Target> firstTargetOfSeries = new LinkedHashMap<>();
    Map<String, Plan> planOfSeries = new LinkedHashMap<>();
    for (Plan plan : plans) {
      plan.targets().stream().sorted(Comparator.comparing(Target::horizon)).forEach(t -> {
        String key = seriesKey(plan, t);
        if (!firstTargetOfSeries.containsKey(key)) {
          firstTargetOfSeries.put(key, t);
          planOfSeries.put(key, plan);
        }
      });
    }
    List<Observation> all = new ArrayList<>();
    firstTargetOfSeries.forEach((key, t) -> all.addAll(series(planOfSeries.get(key), t, key)));
    return ObservationSet.of(all);
  }

  /**
   * Returns the scenario a series follows.
   *
   * @param plan the plan
   * @param target the first target of the series
   * @return the scenario
   */
  public static Scenario scenarioOf(Plan plan, Target target) {
    int h = Math.floorMod(seriesKey(plan, target).hashCode() * 31 + 7, 100);
    if (h < 24) {
      return Scenario.MET;
    }
    if (h < 50) {
      return Scenario.ON_TRACK;
    }
    if (h < 70) {
      return Scenario.BEHIND;
    }
    if (h < 84) {
      return Scenario.DETERIORATING;
    }
    return h < 92 ? Scenario.SPARSE : Scenario.MISSING;
  }

  private static String seriesKey(Plan plan, Target t) {
    return plan.unit().code() + "|" + t.indicator().code() + "|" + t.level();
  }

  private static List<Observation> series(Plan plan, Target t, String key) {
    Scenario scenario = scenarioOf(plan, t);
    if (scenario == Scenario.MISSING) {
      return List.of();
    }
    SplittableRandom random = new SplittableRandom(key.hashCode());
    double[] values = values(t, scenario, random);
    Optional<AdministrativeLevel> measured = t.level() == plan.unit().level()
        ? Optional.empty() : Optional.of(t.level());
    List<Observation> out = new ArrayList<>();
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      if (scenario == Scenario.SPARSE && year != 2020 && year != 2022) {
        continue;
      }
      Observation.Builder b = Observation.builder().unitCode(plan.unit().code()).indicator(t.indicator())
          .period(ObservationPeriod.ofYear(year)).measuredLevel(measured)
          .status(Observation.Status.ILLUSTRATIVE).source(SOURCE);
      double v = values[year - FIRST_YEAR];
      if (t.indicator().code().equals("gov.work-records.online")) {
        // work records come with their counts, so that they can be rolled up exactly
        double denominator = 2000 + random.nextInt(40_000);
        double numerator = Math.rint(v / 100 * denominator);
        b.numerator(numerator).denominator(denominator).value(round(100 * (numerator / denominator), 1));
      } else {
        b.value(v);
      }
      out.add(b.build());
    }
    return out;
  }

  /** The values of 2020 to 2024 for a scenario, in the indicator's measure. */
  private static double[] values(Target t, Scenario s, SplittableRandom random) {
    Measure m = t.indicator().measure();
    Bound b = t.bound();
    int horizon = Math.max(t.horizon().year(), LAST_YEAR + 1);
    double[] v = new double[LAST_YEAR - FIRST_YEAR + 1];
    switch (m.kind()) {
      case YES_NO: {
        int doneIn = s == Scenario.MET ? 2021 + random.nextInt(3) : Integer.MAX_VALUE;
        for (int i = 0; i < v.length; i++) {
          v[i] = FIRST_YEAR + i >= doneIn ? 1 : 0;
        }
        return v;
      }
      case ORDINAL: {
        int goal = b instanceof Bound.OrdinalAtLeast o ? m.positionOf(o.category()).orElse(2) : 2;
        int[] path;
        switch (s) {
          case MET: path = new int[] {goal - 1, goal - 1, goal, goal, goal}; break;
          case DETERIORATING: path = new int[] {goal, goal, goal, goal - 1, goal - 1}; break;
          default: path = new int[] {goal - 2, goal - 2, goal - 1, goal - 1, goal - 1}; break;
        }
        for (int i = 0; i < v.length; i++) {
          v[i] = Math.max(0, Math.min(m.categories().size() - 1, path[i]));
        }
        return v;
      }
      case RANK: {
        int of = b instanceof Bound.TopRank r ? r.of() : 63;
        int goal = b instanceof Bound.TopRank r ? r.n() : 20;
        double start = Math.min(of, goal + 12 + random.nextInt(15));
        double end = endValue(s, start, goal, horizon, true);
        for (int i = 0; i < v.length; i++) {
          v[i] = Math.max(1, Math.min(of, Math.rint(path(s, start, end, i))));
        }
        return v;
      }
      default:
        break;
    }
    if (b instanceof Bound.GrowthPerYear g) {
      double start = m.kind() == Measure.Kind.AMOUNT && m.unit().contains("lao động")
          ? 70 + random.nextInt(40) : 500 + random.nextInt(3000);
      double rate;
      switch (s) {
        case MET: rate = g.percent() * 1.3; break;
        case ON_TRACK: rate = g.percent() * 1.02 + 0.3; break;
        case BEHIND: rate = g.percent() * 0.5; break;
        default: rate = -2.5; break;
      }
      for (int i = 0; i < v.length; i++) {
        double growth = s == Scenario.DETERIORATING && i <= 2 ? g.percent() : rate;
        v[i] = i == 0 ? start : v[i - 1] * (1 + growth / 100);
      }
      for (int i = 0; i < v.length; i++) {
        v[i] = round(v[i], 1);
      }
      return v;
    }
    double goal;
    double start;
    if (b instanceof Bound.RelativeChange c) {
      double base = m.kind() == Measure.Kind.COUNT && c.percent() < 0 ? 1500 + random.nextInt(600) : 20 + random.nextInt(20);
      goal = c.targetFrom(base);
      start = base * (c.percent() < 0 ? 1.04 : 0.9);
    } else if (b instanceof Bound.Maintain) {
      goal = 20;
      start = 24;
    } else {
      goal = b.threshold().orElse(m.kind() == Measure.Kind.PERCENT ? 80 : 100);
      start = goal * (0.35 + 0.35 * random.nextDouble());
    }
    boolean lowerIsBetter = t.indicator().direction().isBetter(0, 1);
    double end = endValue(s, start, goal, horizon, lowerIsBetter);
    for (int i = 0; i < v.length; i++) {
      double x = path(s, start, end, i) * (1 + (random.nextDouble() - 0.5) * 0.02);
      x = Math.max(m.min(), Math.min(m.kind() == Measure.Kind.PERCENT ? 100 : Double.MAX_VALUE, x));
      v[i] = m.kind() == Measure.Kind.COUNT ? Math.rint(x) : round(x, 1);
    }
    return v;
  }

  /** The value of 2024 for a scenario, from the value of 2020 and the goal due at the horizon. */
  private static double endValue(Scenario s, double start, double goal, int horizon, boolean lowerIsBetter) {
    double needed = goal - start;
    double share = (double) (LAST_YEAR - FIRST_YEAR) / (horizon - FIRST_YEAR);
    switch (s) {
      case MET:
        return goal + Math.abs(needed) * 0.08 * (lowerIsBetter ? -1 : 1) + (lowerIsBetter ? -1 : 1) * 0.6;
      case ON_TRACK:
        return start + needed * Math.min(1, share * 1.05);
      case BEHIND:
        return start + needed * share * 0.45;
      case DETERIORATING:
        return start - needed * 0.15;
      default:
        return start + needed * share;
    }
  }

  /** Where a series stands in year {@code FIRST_YEAR + i}. */
  private static double path(Scenario s, double start, double end, int i) {
    if (s == Scenario.DETERIORATING) {
      double peak = start + (start - end) * 0.8;
      return i <= 2 ? start + (peak - start) * i / 2.0 : peak + (end - peak) * (i - 2) / 2.0;
    }
    return start + (end - start) * i / 4.0;
  }

  private static double round(double x, int digits) {
    double f = Math.pow(10, digits);
    return Math.rint(x * f) / f;
  }

  /**
   * Writes the illustrative observations of the example plans as CSV (Vietnamese numbers,
   * semicolons) and as JSON into a folder.
   *
   * @param args the folder; {@code cds-examples/src/main/resources/data/observations} by default
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "cds-examples/src/main/resources/data/observations");
    ExampleData data = ExampleData.load();
    ObservationSet observations = of(data.plans());
    Files.createDirectories(folder);
    try (Writer w = Files.newBufferedWriter(folder.resolve("illustrative.csv"), StandardCharsets.UTF_8)) {
      csv(data).writeObservations(observations, w);
    }
    try (Writer w = Files.newBufferedWriter(folder.resolve("illustrative.json"), StandardCharsets.UTF_8)) {
      data.json().writeObservations(observations, w);
    }
    System.out.println(observations.size() + " illustrative observations written to " + folder);
  }

  /**
   * The CSV format of the illustrative observations: Vietnamese numbers, separated by semicolons.
   *
   * @param data the example data, for its registry
   * @return the format
   */
  public static CsvFormat csv(ExampleData data) {
    return CsvFormat.of(data.json().catalogue(), data.registry()).withSeparator(';')
        .withNumbers(NumberConvention.vietnamese());
  }
}
