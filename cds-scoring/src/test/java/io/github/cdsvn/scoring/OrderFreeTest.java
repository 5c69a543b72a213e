package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.KH698;
import static io.github.cdsvn.scoring.Fixtures.QUANG_BINH;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Deterministic and order-free: shuffling observations, targets or units changes no result, bit
 * for bit; and in the engine, a target without data never counts as 0.
 */
class OrderFreeTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final String[] UNITS = {"01", "24", "44", "60", "83"};
  private static final AdministrativeLevel P = AdministrativeLevel.PROVINCE;
  /** Eight targets over three pillars, with bounds of several kinds. */
  private static final List<Target> POOL = List.of(
      Fixtures.target("gov.online-services.level4", P, Bound.atLeast(100), KH698, "100% DVCTT mức độ 4"),
      Fixtures.target("gov.applications.submitted-online", P, Bound.moreThan(50), KH698, "trên 50% hồ sơ nộp trực tuyến"),
      Fixtures.target("gov.applications.satisfaction", P, Bound.atLeast(90), KH698, "tối thiểu 90% hài lòng"),
      Fixtures.target("gov.work-records.online", P, Bound.atLeast(95), KH698, "95% hồ sơ công việc cấp tỉnh"),
      Fixtures.target("econ.digital-economy.share-of-grdp", P, Bound.approximately(20, 2), KH698, "khoảng 20% GRDP"),
      Fixtures.target("econ.digital-economy.share-in-each-sector", P, Bound.atLeast(10), KH698, "tối thiểu 10%"),
      Fixtures.target("society.e-payment-account", P, Bound.moreThan(50), KH698, "trên 50% dân số"),
      Fixtures.target("infra.fibre.households", P, Bound.moreThan(80), KH698, "trên 80% hộ gia đình"));

  /** A case: a seed for shuffling, and for each pool target and unit either no data or a value. */
  private static Gen<long[]> cases() {
    return longs().all().zip(integers().between(1, 8), (seed, n) -> new long[] {seed, n});
  }

  private static ObservationSet observations(Random random, List<Observation> list) {
    List<Observation> copy = new ArrayList<>(list);
    Collections.shuffle(copy, random);
    return ObservationSet.of(copy);
  }

  private static List<Observation> data(Random r) {
    List<Observation> list = new ArrayList<>();
    for (String unit : UNITS) {
      for (Target t : POOL) {
        if (r.nextInt(5) == 0) {
          continue;   // no data
        }
        for (int year = 2021; year <= 2024; year++) {
          if (r.nextBoolean()) {
            list.add(obs(unit, t.indicator().code(), year, Math.round(r.nextDouble() * 10000) / 100.0));
          }
        }
      }
    }
    return list;
  }

  @Test
  void shufflingObservationsTargetsAndUnitsChangesNoResult() {
    Scorer scorer = Scorer.builder().coverageThreshold(0.5).build();
    qt().withExamples(Examples.upTo(150)).forAll(cases()).checkAssert(c -> {
      Random r = new Random(c[0]);
      List<Target> targets = new ArrayList<>(POOL.subList(0, (int) c[1]));
      List<Observation> list = data(r);
      Plan plan = Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, targets);
      List<Target> shuffledTargets = new ArrayList<>(targets);
      Collections.shuffle(shuffledTargets, r);
      Plan shuffledPlan = plan.withTargets(shuffledTargets);
      List<String> units = new ArrayList<>(List.of(UNITS));
      Collections.shuffle(units, r);

      List<Scorecard> a = scorer.scoreAll(plan, List.of(UNITS), ObservationSet.of(list), AS_OF);
      List<Scorecard> b = scorer.scoreAll(shuffledPlan, units, observations(r, list), AS_OF);
      assertThat(b).extracting(Scorecard::unitCode).containsExactly(UNITS);
      for (int i = 0; i < a.size(); i++) {
        Function<Scorecard, java.util.Map<Target.Key, TargetResult>> byKey = s -> s.targets().stream()
            .collect(Collectors.toMap(t -> t.target().key(), t -> t));
        assertThat(byKey.apply(b.get(i))).isEqualTo(byKey.apply(a.get(i)));
        for (TargetResult t : a.get(i).targets()) {
          assertThat(Numbers.of(b.get(i).target(t.target().key()).orElseThrow())).isEqualTo(Numbers.of(t));
        }
        assertThat(b.get(i).pillars().stream().map(Numbers::of).toList())
            .isEqualTo(a.get(i).pillars().stream().map(Numbers::of).toList());
        assertThat(Numbers.of(b.get(i).composite())).isEqualTo(Numbers.of(a.get(i).composite()));
      }
    });
  }

  @Test
  void aTargetWithoutDataNeverCountsAsZero() {
    Scorer scorer = Scorer.builder().coverageThreshold(0.1).build();
    qt().withExamples(Examples.upTo(200)).forAll(longs().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      List<Target> four = POOL.subList(0, 4);   // one pillar
      List<Observation> list = new ArrayList<>();
      for (Target t : four.subList(1, 4)) {
        list.add(obs("44", t.indicator().code(), 2024, Math.round(r.nextDouble() * 10000) / 100.0));
      }
      ObservationSet withoutFirst = ObservationSet.of(list);
      Scorecard missing = scorer.score(Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, four), withoutFirst, AS_OF);
      Scorecard dropped = scorer.score(Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, four.subList(1, 4)),
          withoutFirst, AS_OF);
      // the same score as without the target at all, bit for bit; only the coverage tells the gap
      assertThat(Numbers.of(missing.pillars().get(0)).get(0)).isEqualTo(Numbers.of(dropped.pillars().get(0)).get(0));
      assertThat(missing.pillars().get(0).coverage()).isEqualTo(0.75);
      // and not what a zero would give
      list.add(obs("44", four.get(0).indicator().code(), 2024, 0));
      Scorecard zero = scorer.score(Fixtures.plan("quang-binh.kh-698-2022", QUANG_BINH, KH698, four),
          ObservationSet.of(list), AS_OF);
      double withData = dropped.pillars().get(0).score().getAsDouble();
      if (withData > 0) {
        assertThat(zero.pillars().get(0).score().getAsDouble()).isLessThan(withData);
      }
    });
  }
}
