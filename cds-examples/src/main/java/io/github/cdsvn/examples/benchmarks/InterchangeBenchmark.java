package io.github.cdsvn.examples.benchmarks;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.interchange.CsvFormat;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads a CSV file of 5 million observations with the streaming passes of {@link CsvFormat}, in a
 * 64 MiB heap: the file is many times larger than the heap, so the run shows that memory does not
 * grow with the file.
 *
 * <p>The file is generated deterministically into a temporary folder before the measurements
 * and deleted after. Scores are per row ({@code @OperationsPerInvocation}): multiply by 5 million
 * for a whole file. Run with the GC profiler for allocation per row:
 * {@code ./mvnw -q -pl cds-examples -am -P benchmarks -DskipTests package} (its default arguments are
 * {@code Interchange -prof gc}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms64m", "-Xmx64m"})
public class InterchangeBenchmark {
  /** Rows in the generated file. */
  public static final int ROWS = 5_000_000;

  private final CsvFormat csv = CsvFormat.standard();
  private Path folder;
  private Path file;

  /** Creates the benchmark; JMH calls {@link #generate()} before measuring. */
  public InterchangeBenchmark() {}

  /**
   * Writes the file of {@value #ROWS} observations.
   *
   * @throws IOException if the file cannot be written
   */
  @Setup(Level.Trial)
  public void generate() throws IOException {
    folder = Files.createTempDirectory("cds-interchange-benchmark");
    file = folder.resolve("observations.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      csv.writeObservations(() -> new Rows(ROWS), w);
    }
  }

  /**
   * Deletes the file and its folder.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void delete() throws IOException {
    Files.deleteIfExists(file);
    Files.deleteIfExists(folder);
  }

  /**
   * Checks every row of the file.
   *
   * @return the number of observations
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long validate() throws IOException {
    return csv.validateObservations(file);
  }

  /**
   * Checks the file, then hands every observation to a consumer (two passes over the file).
   *
   * @param sink receives the observations
   * @return the number of observations
   * @throws IOException if the file cannot be read
   */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public long forEach(Blackhole sink) throws IOException {
    return csv.forEachObservation(file, sink::consume);
  }

  /**
   * The generated observations: every percent indicator of the standard catalogue for every
   * province in force at the end of 2024, one a day from 1 January 2010, with values from a
   * fixed linear congruential sequence; a quarter with numerator and denominator, a fifth at
   * district level, mixed statuses.
   */
  static final class Rows implements Iterator<Observation> {
    private static final LocalDate FIRST = LocalDate.of(2010, 1, 1);
    private final List<AdministrativeUnit> units = UnitRegistry.standard()
        .units(AdministrativeLevel.PROVINCE, LocalDate.of(2024, 12, 31));
    private final List<Indicator> indicators = IndicatorCatalogue.standard().indicators().stream()
        .filter(i -> i.measure().kind() == Measure.Kind.PERCENT).toList();
    private final int count;
    private int i;
    private long seed = 42;

    Rows(int count) {
      this.count = count;
    }

    @Override
    public boolean hasNext() {
      return i < count;
    }

    @Override
    public Observation next() {
      if (i >= count) {
        throw new NoSuchElementException();
      }
      int series = units.size() * indicators.size();
      AdministrativeUnit unit = units.get(i % units.size());
      Indicator indicator = indicators.get((i / units.size()) % indicators.size());
      LocalDate day = FIRST.plusDays(i / series);
      seed = seed * 6364136223846793005L + 1442695040888963407L;
      int r = (int) (seed >>> 33);
      Observation.Builder b = Observation.builder().unitCode(unit.code()).indicator(indicator)
          .period(ObservationPeriod.ofDate(day))
          .status(Observation.Status.values()[Math.floorMod(r, 3)]);
      if (i % 4 == 0) {
        double denominator = 1 + Math.floorMod(r, 10_000);
        double numerator = Math.floorMod(r >> 7, (int) denominator + 1);
        b.numerator(numerator).denominator(denominator).value(100 * numerator / denominator);
      } else {
        b.value(Math.floorMod(r, 10_001) / 100.0);
      }
      if (i % 5 == 0) {
        b.measuredLevel(AdministrativeLevel.DISTRICT).source("Sở Thông tin và Truyền thông");
      }
      i++;
      return b.build();
    }
  }
}
