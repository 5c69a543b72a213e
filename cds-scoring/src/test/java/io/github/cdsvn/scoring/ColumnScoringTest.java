package io.github.cdsvn.scoring;

import static io.github.cdsvn.core.unit.AdministrativeLevel.COMMUNE;
import static io.github.cdsvn.core.unit.AdministrativeLevel.DISTRICT;
import static io.github.cdsvn.core.unit.AdministrativeLevel.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.indicator.MeasureKind;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.observation.ObservationStatus;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.BoundKind;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.plugin.SteppedRule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * Scoring from the columns of an observation set, with texts written when read, gives exactly
 * what the engine gives when it builds every result in full: the same scorecards, attribute for
 * attribute (explanations, trajectories, reasons, components and sentences included), the same
 * re-weighed scorecards, and the same refusals. Checked over the seed plans and a plan with a
 * bound of every kind, random observations (own-level and measured-level series, illustrative
 * and provisional values, gaps), as-of dates either side of the 2025 reform, with and without a
 * unit registry and a level mapping, and with profiles whose rules, aggregators, thresholds and
 * trajectory method differ from the default.
 */
class ColumnScoringTest {
  private static final List<Plan> PLANS = List.of(Plans.national(), Plans.quangBinh(), Plans.baTri(),
      Plans.binhThuan(), Fixtures.quangBinhWorkRecords(), everyKind());
  private static final String[] UNITS = {"VN", "01", "24", "44", "60", "83", "836", "29110", "29122", "x-unknown"};
  private static final LocalDate[] DATES = {LocalDate.of(2019, 12, 31), LocalDate.of(2022, 6, 30),
      LocalDate.of(2024, 12, 31), LocalDate.of(2025, 8, 1), LocalDate.of(2031, 1, 1)};
  private static final List<UnitRegistry> REGISTRIES = List.of(UnitRegistry.standard(), BenTreUnits.registry());
  /** The built-in method under another name: the engine cannot judge its trajectories later. */
  private static final TrajectoryMethod WRAPPED = new TrajectoryMethod() {
    @Override
    public String name() {
      return "wrapped-compound-growth";
    }

    @Override
    public Trajectory assess(TrajectoryInput input) {
      return TrajectoryMethod.compoundGrowth().assess(input);
    }
  };

  /** A province's plan with a bound of every kind, and baselines stated, to be read, or none. */
  private static Plan everyKind() {
    List<Target> targets = List.of(
        Fixtures.target("gov.online-services.level4", PROVINCE, Bound.atLeast(90), Baseline.of(2020, 40),
            Fixtures.KH698, "tối thiểu 90%"),
        Fixtures.target("gov.applications.satisfaction", PROVINCE, Bound.approximately(90, 5), Fixtures.KH698,
            "khoảng 90%"),
        Fixtures.target("gov.procedures.count", PROVINCE, Bound.relativeChange(-20), Baseline.of(2020, 500),
            Fixtures.KH698, "giảm 20%"),
        Fixtures.target("econ.e-commerce.revenue", PROVINCE, Bound.relativeChange(50), Baseline.ofYear(2020),
            Fixtures.KH698, "tăng 50%"),
        Fixtures.target("gov.applications.submitted-online", PROVINCE, Bound.maintain(), Baseline.of(2021, 60),
            Fixtures.KH698, "duy trì"),
        Fixtures.target("infra.fibre.universal", PROVINCE, Bound.milestone(), Fixtures.KH698, "phổ cập"),
        Fixtures.target("gov.work-records.online", DISTRICT, Bound.atLeast(80), Fixtures.KH698, "80% cấp huyện"),
        Fixtures.target("gov.work-records.online", COMMUNE, Bound.atLeast(60), Fixtures.KH698, "60% cấp xã"),
        Fixtures.target("econ.digital-enterprises.count", PROVINCE, Bound.lessThan(5000), Fixtures.KH698, "dưới"),
        Fixtures.target("gov.reporting.connected", PROVINCE, Bound.atMost(70), Fixtures.KH698, "tối đa"),
        Fixtures.target("infra.fibre.households", PROVINCE, Bound.moreThan(80), Baseline.of(2019, 30),
            Fixtures.KH698, "trên 80%"),
        Fixtures.target("dti.rank", PROVINCE, Bound.topRank(10, 63), Fixtures.KH698, "nhóm 10 tỉnh dẫn đầu"),
        Fixtures.target("econ.innovation.group", PROVINCE, Bound.ordinalAtLeast("kha"), Fixtures.KH698, "nhóm khá"),
        Fixtures.target("econ.labour-productivity", PROVINCE, Bound.growthPerYear(6, true), Fixtures.KH698,
            "tăng trên 6%/năm"));
    return Fixtures.plan("test.every-kind", Fixtures.QUANG_BINH, Fixtures.KH698, targets);
  }

  @Test
  void everyKindOfBoundIsScoredSomewhere() {
    // the generated cases reach every kind, scored, from the columns or by the engine, within 200
    // cases (the loop stops once every kind is reached)
    Set<BoundKind> scored = new TreeSet<>();
    Random r = new Random(7);
    for (int i = 0; i < 200 && !scored.containsAll(Set.of(BoundKind.values())); i++) {
      Plan plan = everyKind();
      ObservationSet set = observations(r, plan);
      Scorecard card = Scorer.standard().score(plan, "44", set, LocalDate.of(2024, 12, 31));
      card.targets().stream().filter(t -> t.outcome() == Outcome.SCORED)
          .forEach(t -> scored.add(t.target().bound().kind()));
    }
    assertThat(scored).containsAll(Set.of(BoundKind.values()));
  }

  @Test
  void aUnitWithTheSeriesKeysOfTheUnitBeforeButAnotherLevelReadsTheSeriesOfItsLevel() {
    // Ba Tri's plan (a district's); in code order a commune of Ba Tri, then Ba Tri, with the same
    // series: the share of work records online measured at district level (70%) and at commune
    // level (50%). The district's target at district level reads the first; scored at its own
    // level, the commune reads the second. It must not take the district's way of finding them.
    Plan plan = Plans.baTri();
    ObservationSet.Builder b = ObservationSet.builder();
    Indicator records = plan.targets().stream().filter(t -> t.level() == DISTRICT).findFirst().orElseThrow()
        .indicator();
    for (String unit : List.of("29110", "836")) {
      for (AdministrativeLevel level : List.of(DISTRICT, COMMUNE)) {
        b.add(Observation.builder().unitCode(unit).indicator(records).measuredLevel(level)
            .period(ObservationPeriod.ofYear(2024)).value(level == DISTRICT ? 70 : 50).build());
      }
    }
    ObservationSet set = b.build();
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Profile profile = Profile.builder().from(io.github.cdsvn.scoring.BuiltInProvider.DEFAULT).build();
    Optional<UnitRegistry> registry = Optional.of(BenTreUnits.registry());
    List<String> codes = List.of("29110", "836");
    List<Scorecard> lazy = new Engine(profile, registry, Map.of()).scoreAll(plan, codes, set, asOf);
    assertThat(lazy).extracting(c -> c.targets().stream().filter(t -> t.target().level() == DISTRICT).findFirst()
        .orElseThrow().value()).containsExactly(OptionalDouble.of(50), OptionalDouble.of(70));
  }

  private static Profile profile(Random r) {
    Profile.Builder b = Profile.builder().from(io.github.cdsvn.scoring.BuiltInProvider.DEFAULT);
    List<Aggregator> aggregators = List.of(Aggregator.arithmetic(), Aggregator.geometric(), Aggregator.harmonic(),
        Aggregator.generalisedMean(2));
    if (r.nextBoolean()) {
      b.targetAggregator(aggregators.get(r.nextInt(aggregators.size())));
      b.pillarAggregator(aggregators.get(r.nextInt(aggregators.size())));
    }
    double[] thresholds = {0.8, 0.5, 1.0, 0.01};
    b.coverageThreshold(thresholds[r.nextInt(thresholds.length)]);
    if (r.nextInt(4) == 0) {
      b.trajectoryMethod(WRAPPED);
    }
    Profile p = b.build();
    if (r.nextInt(4) == 0) {
      p = p.withRule(BoundKind.AT_LEAST, new SteppedRule());
    }
    return p;
  }

  private static Weights weights(Random r, Plan plan) {
    Weights.Builder b = Weights.builder();
    // some pillars with every target of the same weight, 0 included; in others, a few targets
    // weigh 0 to 3
    Map<Pillar, Double> same = new java.util.HashMap<>();
    for (Pillar p : Pillar.builtIns()) {
      if (r.nextInt(4) == 0) {
        same.put(p, new double[] {0, 0.1, 3}[r.nextInt(3)]);
      }
    }
    for (Target t : plan.targets()) {
      Double w = same.get(t.indicator().pillar());
      if (w != null) {
        b.target(t.key(), w);
      } else if (r.nextInt(3) == 0) {
        b.target(t.key(), r.nextInt(4));
      }
    }
    for (Pillar p : Pillar.builtIns()) {
      if (r.nextBoolean()) {
        b.pillar(p, 0.5 + r.nextInt(4));
      }
    }
    return b.build();
  }

  /** Random observations of the plan's indicators for the units, own-level and measured-level. */
  private static ObservationSet observations(Random r, Plan plan) {
    List<Observation> list = new ArrayList<>();
    ObservationStatus[] statuses = ObservationStatus.values();
    for (String unit : UNITS) {
      for (Target t : plan.targets()) {
        Indicator indicator = t.indicator();
        int series = r.nextInt(4); // 0 none, 1 own level, 2 measured level, 3 both
        for (int which = 1; which <= 2; which++) {
          if ((series & which) == 0) {
            continue;
          }
          Optional<AdministrativeLevel> measured = which == 1 ? Optional.empty() : Optional.of(t.level());
          for (int year = 2015; year <= 2030; year++) {
            if (r.nextInt(3) > 0) {
              continue;
            }
            list.add(Observation.builder().unitCode(unit).indicator(indicator).measuredLevel(measured)
                .period(r.nextInt(5) == 0 ? ObservationPeriod.ofDate(LocalDate.of(year, 1 + r.nextInt(12), 1))
                    : ObservationPeriod.ofYear(year))
                .value(value(r, indicator.measure()))
                .status(r.nextInt(3) == 0 ? statuses[r.nextInt(statuses.length)] : ObservationStatus.FINAL)
                .build());
          }
        }
      }
    }
    ObservationSet.Builder b = ObservationSet.builder();
    Set<String> seen = new TreeSet<>();
    for (Observation o : list) {
      // one value per series and day
      if (seen.add(o.unitCode() + "|" + o.indicator().code() + "|" + o.measuredLevel() + "|" + o.date())) {
        b.add(o);
      }
    }
    return b.build();
  }

  private static double value(Random r, Measure m) {
    if (m.kind() == MeasureKind.YES_NO) {
      return r.nextInt(2);
    }
    if (m.kind() == MeasureKind.RANK) {
      return 1 + r.nextInt(63);
    }
    if (m.kind() == MeasureKind.ORDINAL) {
      return r.nextInt(m.categories().size());
    }
    double hi = Double.isFinite(m.max()) ? m.max() : 10_000;
    double lo = Double.isFinite(m.min()) ? m.min() : 0;
    double v = r.nextInt(5) == 0 ? lo + r.nextInt((int) Math.min(hi - lo, 100) + 1) : lo + (hi - lo) * r.nextDouble();
    return m.isValid(v) ? v : lo;
  }
}
