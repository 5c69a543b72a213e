package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.SeriesPoint;
import io.github.cdsvn.scoring.Trajectory;
import io.github.cdsvn.scoring.TrajectoryInput;
import io.github.cdsvn.scoring.TrajectoryMethod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The built-in trajectory method judges every valid case without exception, never returns NaN,
 * and its status agrees with its own numbers.
 */
class TrajectoryLawsTest {

  /** Every kind of case, with a two-point series where the case has none. */
  private static Gen<AttainmentInput> cases() {
    Gen<AttainmentInput> any = Generate.oneOf(Cases.distanceCases(), Cases.approximately(), Cases.growth());
    return any.map(in -> in.points().isEmpty() ? in.toBuilder().points(List.of(
        SeriesPoint.of(LocalDate.of(2022, 12, 31), in.effectiveBaseline()),
        SeriesPoint.of(LocalDate.of(2024, 12, 31), in.value()))).build() : in);
  }

  @Test
  void everyCaseIsJudgedConsistently() {
    TrajectoryMethod method = TrajectoryMethod.compoundGrowth();
    qt().withExamples(3000).forAll(cases(), integers().between(2023, 2040), integers().between(0, 4000))
        .checkAssert((in, year, days) -> {
          Horizon horizon = Horizon.of(year);
          LocalDate last = in.points().get(in.points().size() - 1).date();
          LocalDate asOf = last.plusDays(days);
          AttainmentRule rule = AttainmentRule.builtIn(in.bound().kind());
          Attainment now = rule.attain(in);
          boolean reached = asOf.isAfter(horizon.endDate()) || last.equals(horizon.endDate());
          TrajectoryInput ti = reached && !last.isAfter(horizon.endDate())
              ? TrajectoryInput.of(in, now, horizon, asOf, in, now)
              : TrajectoryInput.of(in, now, horizon, asOf);
          Trajectory t = method.assess(ti);
          assertThat(t.method()).isEqualTo("compound-growth");
          assertThat(t).isEqualTo(method.assess(ti));
          if (ti.horizonReached()) {
            assertThat(t.status()).isIn(Trajectory.Status.ACHIEVED, Trajectory.Status.MISSED, Trajectory.Status.INSUFFICIENT_DATA);
            if (ti.atHorizon().isPresent()) {
              assertThat(t.status()).isEqualTo(now.met() ? Trajectory.Status.ACHIEVED : Trajectory.Status.MISSED);
            }
          } else if (now.met()) {
            assertThat(t.status()).isEqualTo(Trajectory.Status.TARGET_ACHIEVED);
          } else if (t.ratio().isPresent()) {
            assertThat(t.status()).isEqualTo(Trajectory.Status.ofRatio(t.ratio().getAsDouble()));
          }
          t.projection().ifPresent(p -> {
            assertThat(p.value()).isBetween(in.measure().min(), in.measure().max());
            assertThat(p.date()).isEqualTo(horizon.endDate());
          });
          assertThat(t.sentence().vi()).isNotBlank();
          assertThat(t.sentence().en()).startsWith(capitalised(t.status().label().en()));
        });
  }

  /** The text with its first letter in upper case, as sentences begin. */
  private static String capitalised(String s) {
    int first = s.codePointAt(0);
    return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
        .append(s.substring(Character.charCount(first))).toString();
  }
}
