package io.github.cdsvn.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.TargetResult;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract;
import io.github.cdsvn.scoring.testkit.RuleTests;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The second example: files in, a custom rule and weights, one unit's scorecard out. */
class CustomScoringTest {

  @Test
  void scoresNgheAnFromFilesWithTheTeamsRuleAndWeights(@TempDir Path dir) throws Exception {
    Path plan = copy(dir, "data/plans/nghe-an.kh-833-2024.json");
    Path units = copy(dir, "data/units.json");
    Path obs = copy(dir, ExampleData.OBSERVATIONS_CSV);
    Scorecard card = CustomScoring.score(plan, units, obs, LocalDate.of(2024, 12, 31));

    assertThat(card.planId()).isEqualTo("nghe-an.kh-833-2024");
    assertThat(card.unitCode()).isEqualTo("40");
    assertThat(card.illustrative()).isTrue();
    List<TargetResult> thresholds = card.targets().stream()
        .filter(r -> r.target().bound().kind() == Bound.Kind.AT_LEAST || r.target().bound().kind() == Bound.Kind.MORE_THAN)
        .filter(r -> r.outcome() == TargetResult.Outcome.SCORED).toList();
    assertThat(thresholds).isNotEmpty().allSatisfy(r -> {
      assertThat(r.rule()).hasValue(QuadraticDistanceRule.NAME);
      double v = r.value().getAsDouble();
      double t = r.target().bound().threshold().getAsDouble();
      double expected = r.met() ? 1 : Math.pow(Math.max(0, Math.min(1, v / t)), 2);
      assertThat(r.attainment().getAsDouble()).isCloseTo(expected, offset(1e-12));
    });
    assertThat(card.targets()).filteredOn(r -> r.target().indicator().code().equals("econ.e-commerce.revenue"))
        .singleElement().satisfies(r -> assertThat(r.weight()).isEqualTo(2.0));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CustomScoring.print(card, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("nghe-an.kh-833-2024")
        .contains("Số liệu minh họa").contains(QuadraticDistanceRule.NAME).contains("Chỉ số tổng hợp");
  }

  @Test
  void theTeamsRuleKeepsTheLawsOfEveryRule() {
    AttainmentRuleContract contract = AttainmentRuleContract.of(new QuadraticDistanceRule(),
        AttainmentRuleContract.Feature.SCALE_INVARIANT);
    Measure pct = Measure.percent();
    for (double target : new double[] {10, 50, 80, 95, 100}) {
      for (double value = 0; value <= 100; value += 2.5) {
        for (Bound bound : List.of(Bound.atLeast(target), Bound.moreThan(Math.min(target, 99)))) {
          AttainmentInput in = AttainmentInput.of(pct, Direction.HIGHER_IS_BETTER, bound, value);
          contract.check(in);
          contract.checkMonotone(in, Math.min(100, value + 1));
        }
      }
    }
  }

  /** The same laws on the cases the testkit draws: every measure, direction and baseline. */
  @TestFactory
  Stream<DynamicContainer> theTeamsRuleKeepsTheLawsOnDrawnCases() {
    return RuleTests.forRule(new QuadraticDistanceRule()).features(AttainmentRuleContract.Feature.SCALE_INVARIANT)
        .cases(2024, 300).build();
  }

  private static Path copy(Path dir, String resource) throws Exception {
    Path file = dir.resolve(Path.of(resource).getFileName().toString());
    try (var in = CustomScoringTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.copy(in, file);
    }
    return file;
  }
}
