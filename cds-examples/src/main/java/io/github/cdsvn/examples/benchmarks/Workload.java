package io.github.cdsvn.examples.benchmarks;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scoring workload, generated from fixed seeds: a national plan of {@value #TARGETS} targets
 * ("at least" a goal, percent indicators over eight pillars, horizon 2030), scored for units that
 * each have {@value #YEARS} yearly observations (2015–2024) of every target's indicator, as of
 * 31 December 2024. Units come in chunks of {@value #COMMUNES}, the number of communes in the
 * country; each chunk has its own seed.
 *
 * <p>The same numbers are kept twice: as {@link Observation}s in an {@link ObservationSet} for the
 * engine, and as primitive arrays for the hand-written floor ({@link Floor}).
 */
final class Workload {
  /** Communes in the country: the units of one chunk. */
  static final int COMMUNES = 3_321;
  /** Provinces in the country from 1 July 2025. */
  static final int PROVINCES = 34;
  /** Targets of the plan. */
  static final int TARGETS = 100;
  /** Yearly observations per unit and target. */
  static final int YEARS = 10;
  static final int FIRST_YEAR = 2015;
  static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  /** Pillars the targets are spread over. */
  static final int PILLARS = 8;
  private static final long SEED = 20_250_701L;

  final Plan plan;
  /** Each target's goal, in plan order. */
  final double[] goals = new double[TARGETS];
  /** Each target's pillar, as an index in pillar-code order, in plan order. */
  final int[] pillarOf = new int[TARGETS];
  /** The end days (epoch days) of the yearly periods, oldest first. */
  final int[] days = new int[YEARS];
  private final List<Indicator> indicators = new ArrayList<>();

  Workload() {
    List<Pillar> pillars = new ArrayList<>(Pillar.builtIns().subList(0, PILLARS));
    pillars.sort(null);
    SplittableRandom r = new SplittableRandom(SEED);
    Document doc = Document.builder().kind(Document.Kind.PLAN).issuer("Bộ Thông tin và Truyền thông")
        .title("Kế hoạch mẫu để đo tốc độ chấm điểm").build();
    List<Target> targets = new ArrayList<>();
    for (int t = 0; t < TARGETS; t++) {
      Pillar p = Pillar.builtIns().get(t % PILLARS);
      pillarOf[t] = pillars.indexOf(p);
      String code = String.format("bench.indicator-%03d", t);
      Indicator ind = Indicator.builder().code(code).label(Label.of("Chỉ số " + t, "Indicator " + t))
          .measure(Measure.percent()).direction(Direction.HIGHER_IS_BETTER).pillar(p).build();
      indicators.add(ind);
      goals[t] = 50 + r.nextInt(46);
      targets.add(Target.builder().indicator(ind).level(AdministrativeLevel.NATION).horizon(Horizon.Y2030)
          .bound(Bound.atLeast(goals[t])).source(Source.of(doc, "chỉ tiêu " + t)).build());
    }
    for (int y = 0; y < YEARS; y++) {
      days[y] = (int) ObservationPeriod.ofYear(FIRST_YEAR + y).endDate().toEpochDay();
    }
    plan = Plan.builder().id("bench.national").unit(UnitRegistry.standard().unit("VN", AS_OF))
        .title(doc.title()).addDocuments(doc).addAllTargets(targets).build();
  }

  /** One chunk of units: their codes and values, {@code values[(unit × TARGETS + target) × YEARS + year]}. */
  static final class Chunk {
    final List<String> codes;
    final double[] values;

    Chunk(List<String> codes, double[] values) {
      this.codes = codes;
      this.values = values;
    }

    int units() {
      return codes.size();
    }
  }

  /**
   * Generates chunk {@code index}: units coded {@code prefix + number}, each series a rising
   * line with noise, clamped to 0–100, on one decimal.
   */
  Chunk chunk(int index, int units, String prefix) {
    SplittableRandom r = new SplittableRandom(SEED + 1 + index);
    List<String> codes = new ArrayList<>(units);
    double[] values = new double[units * TARGETS * YEARS];
    for (int u = 0; u < units; u++) {
      codes.add(prefix + String.format("%06d", index * units + u + 1));
      for (int t = 0; t < TARGETS; t++) {
        double start = r.nextDouble() * 60;
        double step = r.nextDouble() * 6;
        int at = (u * TARGETS + t) * YEARS;
        for (int y = 0; y < YEARS; y++) {
          double v = start + step * y + (r.nextDouble() - 0.5) * 4;
          values[at + y] = Math.round(Math.max(0, Math.min(100, v)) * 10) / 10.0;
        }
      }
    }
    return new Chunk(List.copyOf(codes), values);
  }

  /** The chunk's observations as an observation set, built as a loader would, one object each. */
  ObservationSet observations(Chunk c) {
    ObservationSet.Builder b = ObservationSet.builder();
    for (int u = 0; u < c.units(); u++) {
      String code = c.codes.get(u);
      for (int t = 0; t < TARGETS; t++) {
        int at = (u * TARGETS + t) * YEARS;
        for (int y = 0; y < YEARS; y++) {
          b.add(Observation.of(code, indicators.get(t), ObservationPeriod.ofYear(FIRST_YEAR + y), c.values[at + y]));
        }
      }
    }
    return b.build();
  }

  /** Heap in use after collecting garbage, in bytes. */
  static long usedHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 5; i++) {
      System.gc();
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }

  /** Builds a chunk's observation set and prints the heap it retains per observation. */
  ObservationSet measuredObservations(Chunk c) {
    long before = usedHeap();
    ObservationSet set = observations(c);
    long after = usedHeap();
    System.out.printf("%nobservation set: %,d observations retain %,d bytes of heap: %.1f bytes per observation%n",
        set.size(), after - before, (after - before) / (double) set.size());
    return set;
  }

  /** Checks that the engine's composites are the floor's, to rounding. */
  static void checkSame(double[] floor, List<Double> engine) {
    for (int i = 0; i < floor.length; i++) {
      if (Math.abs(floor[i] - engine.get(i)) > 1e-9) {
        throw new IllegalStateException("the floor's composite " + floor[i] + " of unit " + i
            + " is not the engine's " + engine.get(i));
      }
    }
  }
}
