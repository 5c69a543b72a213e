package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One scorer, eight threads, the same inputs: bit-identical numbers and equal explanations. */
class ConcurrencyTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 40;

  @Test
  void eightThreadsScoreTheSameInputsBitForBit() throws Exception {
    Plan plan = Fixtures.quangBinhWorkRecords();
    List<Observation> list = new ArrayList<>();
    String[] units = {"44", "24", "40", "60", "83"};
    for (int u = 0; u < units.length; u++) {
      for (int year = 2020; year <= 2025; year++) {
        double v = 40 + 7.3 * u + 6.1 * (year - 2020) - 0.37 * u * (year - 2020);
        list.add(obs(units[u], "gov.work-records.online", year, Math.min(100, v)));
        list.add(obs(units[u], "gov.work-records.online", AdministrativeLevel.DISTRICT, year, Math.min(100, v * 0.85)));
        list.add(obs(units[u], "gov.work-records.online", AdministrativeLevel.COMMUNE, year, Math.min(100, v * 0.7)));
      }
    }
    ObservationSet observations = ObservationSet.of(list);
    Scorer scorer = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    LocalDate[] dates = {LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 6, 30)};

    List<Scorecard> expected = new ArrayList<>();
    for (LocalDate d : dates) {
      expected.addAll(scorer.scoreAll(plan, List.of(units), observations, d));
      expected.add(scorer.score(plan, observations, d));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<Scorecard>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<List<Scorecard>> scoring = () -> {
          start.await();
          List<Scorecard> last = null;
          for (int round = 0; round < ROUNDS; round++) {
            List<Scorecard> cards = new ArrayList<>();
            for (LocalDate d : dates) {
              cards.addAll(scorer.scoreAll(plan, List.of(units), observations, d));
              cards.add(scorer.score(plan, observations, d));
            }
            if (last != null) {
              assertSame(last, cards);
            }
            last = cards;
          }
          return last;
        };
        futures.add(pool.submit(scoring));
      }
      start.countDown();
      for (Future<List<Scorecard>> f : futures) {
        assertSame(expected, f.get(2, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void assertSame(List<Scorecard> expected, List<Scorecard> actual) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(Numbers.of(actual.get(i))).isEqualTo(Numbers.of(expected.get(i)));
      List<Explanation> want = expected.get(i).targets().stream().map(TargetResult::explanation).toList();
      List<Explanation> got = actual.get(i).targets().stream().map(TargetResult::explanation).toList();
      assertThat(got).isEqualTo(want);
      assertThat(actual.get(i)).isEqualTo(expected.get(i));
    }
  }
}
