package io.github.cdsvn.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.examples.IllustrativeObservations.Scenario;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The illustrative observations: made afresh they equal the shipped files, and they say what they are. */
class IllustrativeObservationsTest {
  private static final ExampleData DATA = ExampleData.load();

  @Test
  void theShippedFilesAreWhatTheGeneratorMakes() throws IOException {
    ObservationSet fresh = IllustrativeObservations.of(DATA.plans());
    StringWriter csv = new StringWriter();
    IllustrativeObservations.csv(DATA).writeObservations(fresh, csv);
    StringWriter json = new StringWriter();
    DATA.json().writeObservations(fresh, json);
    assertThat(csv.toString()).isEqualTo(resource(ExampleData.OBSERVATIONS_CSV));
    assertThat(json.toString()).isEqualTo(resource(ExampleData.OBSERVATIONS_JSON));
    assertThat(DATA.observations()).isEqualTo(fresh);
  }

  @Test
  void theJsonAndTheCsvHoldTheSameObservations() throws IOException {
    try (Reader in = ExampleData.open(ExampleData.OBSERVATIONS_JSON)) {
      assertThat(DATA.json().readObservations(in, ExampleData.OBSERVATIONS_JSON)).isEqualTo(DATA.observations());
    }
  }

  @Test
  void everyObservationSaysItIsIllustrative() {
    assertThat(DATA.observations().stream()).isNotEmpty().allSatisfy(o -> {
      assertThat(o.status()).isEqualTo(Observation.Status.ILLUSTRATIVE);
      assertThat(o.source()).hasValue(IllustrativeObservations.SOURCE);
      assertThat(o.period().year()).isBetween(IllustrativeObservations.FIRST_YEAR, IllustrativeObservations.LAST_YEAR);
    });
  }

  @Test
  void everyScenarioOccursAndEveryObservedTargetHasItsSeries() {
    Set<Scenario> seen = EnumSet.noneOf(Scenario.class);
    for (Plan plan : DATA.plans()) {
      for (Target t : plan.targets()) {
        Scenario s = IllustrativeObservations.scenarioOf(plan, t);
        seen.add(s);
        boolean ownLevel = t.level() == plan.unit().level();
        long count = (ownLevel ? DATA.observations().series(plan.unit().code(), t.indicator().code())
            : DATA.observations().series(plan.unit().code(), t.indicator().code(), t.level())).size();
        if (s == Scenario.MISSING) {
          continue; // the series may still exist for another target of the same indicator and level
        }
        assertThat(count).as("observations of %s for %s", t.key(), plan.id()).isGreaterThanOrEqualTo(2);
      }
    }
    assertThat(seen).containsExactlyInAnyOrder(Scenario.values());
  }

  @Test
  void sharesOfWorkRecordsComeWithTheirCounts() {
    assertThat(DATA.observations().stream().filter(o -> o.indicator().code().equals("gov.work-records.online")))
        .isNotEmpty().allSatisfy(IllustrativeObservationsTest::hasCounts);
  }

  private static void hasCounts(Observation o) {
    assertThat(o.numerator()).isPresent();
    assertThat(o.denominator()).isPresent();
    assertThat(o.value()).isCloseTo(100 * o.numerator().getAsDouble() / o.denominator().getAsDouble(),
        org.assertj.core.data.Offset.offset(Observation.SHARE_TOLERANCE));
  }

  private static String resource(String name) throws IOException {
    try (Reader in = ExampleData.open(name)) {
      StringWriter w = new StringWriter();
      in.transferTo(w);
      return w.toString();
    }
  }
}
