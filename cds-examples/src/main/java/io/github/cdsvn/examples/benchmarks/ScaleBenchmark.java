package io.github.cdsvn.examples.benchmarks;

import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Full scorecards of every commune of the country, and of 10 and 100 times as many units: the
 * engine ({@link Scorer#scoreAll}) against the floor, a hand-written loop over primitive arrays
 * that computes the same attainments and composites.
 *
 * <p>One operation scores {@code scale × 3,321} units × 100 targets, each target with 10 yearly
 * observations, in batches of 3,321 units with their own observation sets (at scale 100,
 * 332.1 million observations, all held in memory). Building the sets is not measured. Instead of
 * JMH warm-up iterations, which at scale 100 would take as long as the measurement, both sides
 * score {@value #WARM_UP} batches in turn first, after the engine's composites are checked against
 * the floor's; each scale is then measured in {@value #SHOTS} single shots. The heap's regions
 * are fixed at 4 MB, so that the memory printed for a set does not change with the heap's size,
 * and the heap is touched when the JVM starts ({@code -XX:+AlwaysPreTouch}). BENCHMARKS.md says
 * why.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = ScaleBenchmark.SHOTS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx14g", "-XX:G1HeapRegionSize=4m", "-XX:+AlwaysPreTouch"})
public class ScaleBenchmark {
  /** Batches the engine and the floor each score before measuring, every batch in turn. */
  public static final int WARM_UP = 100;
  /** Measured shots per scale. */
  public static final int SHOTS = 5;

  /** How many times the country's 3,321 communes are scored. */
  @Param({"1", "10", "100"})
  public int scale;

  private final Scorer scorer = Scorer.standard();
  private Workload workload;
  private Workload.Chunk[] chunks;
  private ObservationSet[] sets;
  private Floor floor;
  private double[] composites;

  /** Creates the benchmark; JMH calls {@link #generate()} before measuring. */
  public ScaleBenchmark() {}

  /** Generates the batches and checks the engine against the floor on the first. */
  @Setup(Level.Trial)
  public void generate() {
    workload = new Workload();
    floor = new Floor(workload);
    int n = scale;
    chunks = new Workload.Chunk[n];
    sets = new ObservationSet[n];
    for (int i = 0; i < n; i++) {
      chunks[i] = workload.chunk(i, Workload.COMMUNES, "");
      sets[i] = i == 0 ? workload.measuredObservations(chunks[i]) : workload.observations(chunks[i]);
    }
    composites = new double[Workload.COMMUNES];
    floor.score(chunks[0], 0, Workload.COMMUNES, null, composites);
    List<Scorecard> cards = scorer.scoreAll(workload.plan, chunks[0].codes, sets[0], Workload.AS_OF);
    Workload.checkSame(composites, cards.stream().map(c -> c.composite().score().getAsDouble()).toList());
    cards = null;
    for (int i = 0; i < WARM_UP; i++) {
      int b = i % n;
      scorer.scoreAll(workload.plan, chunks[b].codes, sets[b], Workload.AS_OF).size();
    }
    for (int i = 0; i < WARM_UP; i++) {
      floor.score(chunks[i % n], 0, Workload.COMMUNES, null, composites);
    }
  }

  /**
   * The engine: full scorecards of every unit (the numbers of every target, pillar index and
   * composite computed; explanations, trajectories and sentences written when first read).
   *
   * @param sink receives the scorecards
   */
  @Benchmark
  public void engine(Blackhole sink) {
    for (int b = 0; b < scale; b++) {
      sink.consume(scorer.scoreAll(workload.plan, chunks[b].codes, sets[b], Workload.AS_OF));
    }
  }

  /**
   * The floor: the same attainments and composites from primitive arrays.
   *
   * @param sink receives the composites
   */
  @Benchmark
  public void floor(Blackhole sink) {
    for (int b = 0; b < scale; b++) {
      floor.score(chunks[b], 0, Workload.COMMUNES, null, composites);
      sink.consume(composites);
    }
  }
}
