package io.github.cdsvn.examples.benchmarks;

import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.scoring.Explanation;
import io.github.cdsvn.scoring.Ranking;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.Weights;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What a dashboard asks for, engine against floor: one unit's scorecard (the latency of a
 * request), a ranking of the 34 provinces, and the country's 3,321 communes scored in full and
 * then re-weighed with other pillar weights ({@link Scorer#reweigh}), which reuses every target's
 * attainment and only aggregates again. The workload is {@link Workload}'s: 100 targets, 10
 * yearly observations each. The heap is touched when the JVM starts ({@code -XX:+AlwaysPreTouch}),
 * so that allocation while measured does not wait for the kernel to map fresh pages, as it does
 * only in a fresh JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
public class DashboardBenchmark {
  private final Scorer scorer = Scorer.standard();
  private Workload workload;
  private Floor floor;
  private Workload.Chunk communes;
  private ObservationSet communeSet;
  private Workload.Chunk provinces;
  private ObservationSet provinceSet;
  private List<Scorecard> cards;
  private double[] attainments;
  private double[] composites;
  private final double[] one = new double[1];
  private Weights weights;
  private double[] pillarWeights;
  private String unit;

  /** Creates the benchmark; JMH calls {@link #generate()} before measuring. */
  public DashboardBenchmark() {}

  /** Generates the communes and provinces, scores the communes once, checks engine against floor. */
  @Setup(Level.Trial)
  public void generate() {
    workload = new Workload();
    floor = new Floor(workload);
    communes = workload.chunk(0, Workload.COMMUNES, "");
    communeSet = workload.observations(communes);
    provinces = workload.chunk(1_000, Workload.PROVINCES, "");
    provinceSet = workload.observations(provinces);
    unit = communes.codes.get(Workload.COMMUNES / 2);
    cards = scorer.scoreAll(workload.plan, communes.codes, communeSet, Workload.AS_OF);
    attainments = new double[Workload.COMMUNES * Workload.TARGETS];
    composites = new double[Workload.COMMUNES];
    floor.score(communes, 0, Workload.COMMUNES, attainments, composites);
    Workload.checkSame(composites, cards.stream().map(c -> c.composite().score().getAsDouble()).toList());
    List<Pillar> sorted = new ArrayList<>(Pillar.builtIns().subList(0, Workload.PILLARS));
    sorted.sort(null);
    Weights.Builder b = Weights.builder();
    pillarWeights = new double[Workload.PILLARS];
    for (int p = 0; p < Workload.PILLARS; p++) {
      pillarWeights[p] = 1 + p % 3;
      b.pillar(sorted.get(p), pillarWeights[p]);
    }
    weights = b.build();
    floor.reweigh(Workload.COMMUNES, attainments, pillarWeights, composites);
    Workload.checkSame(composites, cards.stream().map(c -> scorer.reweigh(c, weights))
        .map(c -> c.composite().score().getAsDouble()).toList());
  }

  /**
   * The engine: one commune's scorecard from the observations of all communes.
   *
   * @return the scorecard
   */
  @Benchmark
  public Scorecard engineOneUnit() {
    return scorer.score(workload.plan, unit, communeSet, Workload.AS_OF);
  }

  /**
   * The floor: one commune's composite.
   *
   * @return the composite
   */
  @Benchmark
  public double floorOneUnit() {
    int u = Workload.COMMUNES / 2;
    floor.score(communes, u, u + 1, null, one);
    return one[0];
  }

  /**
   * The engine: the 34 provinces scored and ranked by composite.
   *
   * @return the ranking
   */
  @Benchmark
  public Ranking engineRanking() {
    TreeMap<String, OptionalDouble> scores = new TreeMap<>();
    for (Scorecard c : scorer.scoreAll(workload.plan, provinces.codes, provinceSet, Workload.AS_OF)) {
      scores.put(c.unitCode(), c.composite().score());
    }
    return Ranking.of(scores);
  }

  /**
   * The floor: the 34 provinces' composites, sorted.
   *
   * @return the unit indices in rank order
   */
  @Benchmark
  public int[] floorRanking() {
    double[] c = new double[Workload.PROVINCES];
    floor.score(provinces, 0, Workload.PROVINCES, null, c);
    return Floor.rank(c);
  }

  /**
   * The engine: every commune's full scorecard.
   *
   * @return the scorecards
   */
  @Benchmark
  public List<Scorecard> engineFullScore() {
    return scorer.scoreAll(workload.plan, communes.codes, communeSet, Workload.AS_OF);
  }

  /**
   * The engine: every commune's full scorecard, with every target's explanation (observations,
   * inputs, sentence, notes) and trajectory read, which the engine writes only when they are read.
   *
   * @param sink receives what is read
   */
  @Benchmark
  public void engineFullScoreRead(Blackhole sink) {
    for (Scorecard c : scorer.scoreAll(workload.plan, communes.codes, communeSet, Workload.AS_OF)) {
      for (TargetResult r : c.targets()) {
        Explanation e = r.explanation();
        sink.consume(e.observations());
        sink.consume(e.inputs());
        sink.consume(e.sentence());
        sink.consume(e.notes());
        r.trajectory().ifPresent(t -> sink.consume(t.sentence()));
      }
    }
  }

  /**
   * The engine: every commune's scorecard re-weighed with other pillar weights.
   *
   * @param sink receives the scorecards
   */
  @Benchmark
  public void engineReweigh(Blackhole sink) {
    for (Scorecard c : cards) {
      sink.consume(scorer.reweigh(c, weights));
    }
  }

  /**
   * The floor: every commune's attainments and composite.
   *
   * @return the composites
   */
  @Benchmark
  public double[] floorFullScore() {
    floor.score(communes, 0, Workload.COMMUNES, attainments, composites);
    return composites;
  }

  /**
   * The floor: every commune's kept attainments aggregated with other pillar weights.
   *
   * @return the composites
   */
  @Benchmark
  public double[] floorReweigh() {
    floor.reweigh(Workload.COMMUNES, attainments, pillarWeights, composites);
    return composites;
  }
}
