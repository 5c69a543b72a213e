package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.testing.Examples;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/** What a writer writes, the reader reads back equal: over generated plans and observation sets. */
class RoundTripTest {
  private static final int EXAMPLES = 400;
  private static final JsonFormat JSON = JsonFormat.of(Generators.CATALOGUE, Generators.REGISTRY);
  private static final CsvFormat CSV = CsvFormat.of(Generators.CATALOGUE, Generators.REGISTRY);
  private static final List<NumberConvention> CONVENTIONS = List.of(NumberConvention.standard(),
      NumberConvention.vietnamese(), NumberConvention.of(',', ' '),
      NumberConvention.of('.', ','));
  private static final List<Character> SEPARATORS = List.of(',', ';', '\t');

  private interface Io<T> {
    T run() throws IOException;
  }

  private static <T> T io(Io<T> io) {
    try {
      return io.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Plan jsonRoundTrip(Plan plan) {
    StringWriter w = new StringWriter();
    return io(() -> {
      JSON.writePlan(plan, w);
      return JSON.readPlan(new StringReader(w.toString()), "plan.json");
    });
  }

  @Test
  void plansReadBackEqual() {
    Set<Bound.Kind> bounds = ConcurrentHashMap.newKeySet();
    Set<Measure.Kind> measures = ConcurrentHashMap.newKeySet();
    int[] withBaseline = {0};
    int[] withPopulation = {0};
    qt().withExamples(Examples.upTo(EXAMPLES)).forAll(Generators.plans()).checkAssert(plan -> {
      assertThat(jsonRoundTrip(plan)).isEqualTo(plan);
      for (Target t : plan.targets()) {
        bounds.add(t.bound().kind());
        measures.add(t.indicator().measure().kind());
        withBaseline[0] += t.baseline().isPresent() ? 1 : 0;
        withPopulation[0] += t.population().code().equals("all") ? 0 : 1;
      }
    });
    if (Examples.capped(EXAMPLES)) {
      // mutation testing runs fewer plans; what the generator reaches is checked over all of them
      return;
    }
    assertThat(bounds).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Bound.Kind.class));
    assertThat(measures).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(Measure.Kind.class));
    assertThat(withBaseline[0]).isPositive();
    assertThat(withPopulation[0]).isPositive();
  }

  @Test
  void writingAPlanTwiceGivesTheSameText() {
    qt().withExamples(100).forAll(Generators.plans()).checkAssert(plan -> {
      StringWriter once = new StringWriter();
      StringWriter twice = new StringWriter();
      io(() -> {
        JSON.writePlan(plan, once);
        JSON.writePlan(jsonRoundTrip(plan), twice);
        return null;
      });
      assertThat(twice.toString()).isEqualTo(once.toString());
    });
  }

  @Test
  void observationSetsReadBackEqualFromJson() {
    qt().withExamples(Examples.upTo(EXAMPLES)).forAll(Generators.observationSets()).checkAssert(set -> {
      StringWriter w = new StringWriter();
      ObservationSet back = io(() -> {
        JSON.writeObservations(set, w);
        return JSON.readObservations(new StringReader(w.toString()), "obs.json");
      });
      assertThat(back).isEqualTo(set);
      assertThat(back.stream().toList()).isEqualTo(set.stream().toList());
    });
  }

  @Test
  void observationSetsReadBackEqualFromCsvInEveryConvention() {
    qt().withExamples(Examples.upTo(EXAMPLES))
        .forAll(Generators.observationSets(), integers().between(0, CONVENTIONS.size() - 1),
            integers().between(0, SEPARATORS.size() - 1))
        .checkAssert((set, c, s) -> {
          CsvFormat csv = CSV.withNumbers(CONVENTIONS.get(c)).withSeparator(SEPARATORS.get(s));
          StringWriter w = new StringWriter();
          ObservationSet back = io(() -> {
            csv.writeObservations(set, w);
            return csv.readObservations(new StringReader(w.toString()), "obs.csv");
          });
          assertThat(back).isEqualTo(set);
          // a reader set to another convention still reads the file: the file declares its own
          ObservationSet declared = io(() -> CSV.readObservations(new StringReader(w.toString()), "obs.csv"));
          assertThat(declared).isEqualTo(set);
          assertThat(io(() -> csv.validateObservations(new StringReader(w.toString()), "obs.csv")))
              .isEqualTo(set.size());
        });
  }

  @Test
  void observationSetsWithSharesAreGenerated() {
    long[] shares = {0};
    qt().withExamples(100).forAll(Generators.observationSets()).checkAssert(set ->
        shares[0] += set.stream().filter(o -> o.numerator().isPresent()).count());
    assertThat(shares[0]).isPositive();
  }

  @Test
  void catalogueAndRegistryReadBackEqual() throws IOException {
    StringWriter catalogue = new StringWriter();
    JSON.writeCatalogue(Generators.CATALOGUE, catalogue);
    assertThat(JSON.readCatalogue(new StringReader(catalogue.toString()), "c.json")).isEqualTo(Generators.CATALOGUE);
    StringWriter registry = new StringWriter();
    JSON.writeRegistry(Generators.REGISTRY, registry);
    assertThat(JSON.readRegistry(new StringReader(registry.toString()), "r.json")).isEqualTo(Generators.REGISTRY);
    for (char s : SEPARATORS) {
      StringWriter list = new StringWriter();
      CSV.withSeparator(s).writeUnitList(Generators.REGISTRY, list);
      assertThat(CSV.readUnitList(new StringReader(list.toString()), "u.csv").units())
          .isEqualTo(Generators.REGISTRY.units());
    }
  }
}
