package io.github.cdsvn.scoring;

import static io.github.cdsvn.scoring.Fixtures.illustrative;
import static io.github.cdsvn.scoring.Fixtures.obs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
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
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Explanations and trajectories built when first read: equal to the ones built at once, built
 * once whichever thread reads first, and the same from every thread.
 */
class LazyResultsTest {
  private static final int THREADS = 8;
  private static final String WORK = "gov.work-records.online";
  private static final String[] UNITS = {"44", "24", "40", "60", "83"};

  private static ObservationSet observations() {
    List<Observation> list = new ArrayList<>();
    for (int u = 0; u < UNITS.length; u++) {
      for (int year = 2020; year <= 2024; year++) {
        double v = 40 + 7.3 * u + 6.1 * (year - 2020) - 0.37 * u * (year - 2020);
        list.add(u == 2 && year == 2024 ? illustrative(UNITS[u], WORK, year, Math.min(100, v))
            : obs(UNITS[u], WORK, year, Math.min(100, v)));
        list.add(obs(UNITS[u], WORK, AdministrativeLevel.DISTRICT, year, Math.min(100, v * 0.85)));
        if (u != 4) {
          list.add(obs(UNITS[u], WORK, AdministrativeLevel.COMMUNE, year, Math.min(100, v * 0.7)));
        }
      }
    }
    return ObservationSet.of(list);
  }

  private static List<Scorecard> score(LocalDate asOf) {
    Scorer scorer = Scorer.builder().unitRegistry(UnitRegistry.standard()).build();
    return scorer.scoreAll(Fixtures.quangBinhWorkRecords(), List.of(UNITS), observations(), asOf);
  }

  @Test
  void aLazyExplanationEqualsTheOneBuiltAtOnce() {
    Explanation eager = Explanation.builder().addInputs(Explanation.Input.of("v", 83, "giá trị", "value"))
        .sentence(Label.of("Đạt 87% chỉ tiêu", "87% attained")).addNotes(Label.of("ghi chú", "a note")).build();
    Explanation lazy = Explanation.lazily(() -> Explanation.builder().from(eager).build());
    assertThat(lazy).isEqualTo(eager);
    assertThat(eager).isEqualTo(lazy);
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(lazy.toString()).isEqualTo(eager.toString());
    assertThat(lazy.inputs()).isEqualTo(eager.inputs());
    assertThat(lazy.notes()).isEqualTo(eager.notes());
    assertThat(lazy.observations()).isEqualTo(eager.observations());
    assertThat(lazy).isNotEqualTo(Explanation.builder().from(eager).sentence(Label.of("khác", "other")).build());
  }

  @Test
  void everyTargetsExplanationAndTrajectoryEqualEagerCopies() {
    for (LocalDate asOf : List.of(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31), LocalDate.of(2026, 6, 30))) {
      for (Scorecard card : score(asOf)) {
        for (TargetResult r : card.targets()) {
          Explanation e = r.explanation();
          Explanation copy = Explanation.builder().from(e).build();
          assertThat(copy).isEqualTo(e);
          assertThat(e).isEqualTo(copy);
          assertThat(e.hashCode()).isEqualTo(copy.hashCode());
          assertThat(e.toString()).isEqualTo(copy.toString());
          if (r.trajectory().isPresent()) {
            Trajectory t = r.trajectory().get();
            Trajectory tc = Trajectory.builder().from(t).build();
            assertThat(tc).isEqualTo(t);
            assertThat(t).isEqualTo(tc);
            assertThat(t.hashCode()).isEqualTo(tc.hashCode());
            assertThat(t.toString()).isEqualTo(tc.toString());
            // the explanation's inputs are the attainment's, then the trajectory's
            assertThat(e.inputs()).endsWith(t.inputs().toArray(new Explanation.Input[0]));
          }
        }
        TargetResult first = card.targets().get(0);
        TargetResult eager = TargetResult.builder().from(first)
            .explanation(Explanation.builder().from(first.explanation()).build())
            .trajectory(first.trajectory().map(t -> Trajectory.builder().from(t).build())).build();
        assertThat(eager).isEqualTo(first);
        assertThat(first).isEqualTo(eager);
        assertThat(eager.hashCode()).isEqualTo(first.hashCode());
      }
    }
  }

  @Test
  void illustrativeDataIsSaidInTheSentenceBuiltLater() {
    Scorecard card = score(LocalDate.of(2024, 12, 31)).stream().filter(c -> c.unitCode().equals("40")).findFirst()
        .orElseThrow();
    TargetResult province = card.targets().get(0);
    assertThat(province.illustrative()).isTrue();
    assertThat(province.explanation().sentence().en()).endsWith("; illustrative data");
    assertThat(province.explanation().notes()).anyMatch(n -> n.en().contains("value is"));
  }

  @Test
  @Tag("concurrency") // many threads at once, twenty times: left out of mutation testing
  void concurrentFirstReadsGiveOneResult() throws Exception {
    List<Scorecard> reference = score(LocalDate.of(2024, 12, 31));
    List<String> expected = read(reference);
    for (int round = 0; round < 20; round++) {
      List<Scorecard> cards = score(LocalDate.of(2024, 12, 31));
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      CountDownLatch start = new CountDownLatch(1);
      try {
        List<Future<List<Object>>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Callable<List<Object>> reading = () -> {
            start.await();
            List<Object> seen = new ArrayList<>();
            for (Scorecard c : cards) {
              for (TargetResult r : c.targets()) {
                seen.add(r.explanation().sentence());
                seen.add(r.explanation().notes());
                if (r.trajectory().isPresent()) {
                  seen.add(r.trajectory().get().sentence());
                  seen.add(r.trajectory().get().inputs());
                }
              }
            }
            return seen;
          };
          futures.add(pool.submit(reading));
        }
        start.countDown();
        List<Object> first = futures.get(0).get(2, TimeUnit.MINUTES);
        for (Future<List<Object>> f : futures) {
          List<Object> seen = f.get(2, TimeUnit.MINUTES);
          assertThat(seen).hasSameSizeAs(first);
          for (int i = 0; i < seen.size(); i++) {
            assertThat(seen.get(i)).isSameAs(first.get(i));
          }
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(read(cards)).isEqualTo(expected);
      assertThat(cards).isEqualTo(reference);
    }
  }

  private static List<String> read(List<Scorecard> cards) {
    List<String> out = new ArrayList<>();
    for (Scorecard c : cards) {
      for (TargetResult r : c.targets()) {
        out.add(r.explanation().sentence().toString());
        out.add(r.explanation().notes().toString());
        out.add(r.explanation().inputs().toString());
        out.add(r.trajectory().map(t -> t.sentence() + " " + t.status() + " " + t.inputs()).orElse("-"));
      }
    }
    return out;
  }

  @Test
  void theBuildingFunctionRunsOnceWhateverTheThreads() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Trajectory lazy = Trajectory.lazily(() -> {
      calls.incrementAndGet();
      return Trajectory.builder().method("compound-growth").status(Trajectory.Status.ON_TRACK).ratio(1.2)
          .sentence(Label.of("Đúng hướng", "On track")).build();
    });
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Label>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          return lazy.sentence();
        }));
      }
      start.countDown();
      for (Future<Label> f : futures) {
        assertThat(f.get(1, TimeUnit.MINUTES)).isEqualTo(Label.of("Đúng hướng", "On track"));
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(lazy.ratio()).hasValue(1.2);
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFunctionThatFailsIsCalledAgainOnTheNextRead() {
    AtomicInteger calls = new AtomicInteger();
    Explanation lazy = Explanation.lazily(() -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("first read fails");
      }
      return Explanation.builder().sentence(Label.of("câu", "sentence")).build();
    });
    assertThatThrownBy(lazy::sentence).isInstanceOf(IllegalStateException.class);
    assertThat(lazy.sentence()).isEqualTo(Label.of("câu", "sentence"));
    assertThat(lazy.notes()).isEmpty();
    assertThat(calls).hasValue(2);
    assertThatThrownBy(() -> Explanation.lazily(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Explanation.lazily(() -> null).sentence()).isInstanceOf(NullPointerException.class);
  }
}
