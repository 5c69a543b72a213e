package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.plan.Bound;
import org.junit.jupiter.api.Test;

/**
 * Choices given to the scorer's builder, as objects or by name, override the profile they start
 * from, and the custom profile that results says what it holds.
 */
class ScorerBuilderTest {
  /** The built-in method under another name. */
  private static final TrajectoryMethod RENAMED = new TrajectoryMethod() {
    @Override
    public String name() {
      return "renamed";
    }

    @Override
    public Trajectory assess(TrajectoryInput input) {
      return TrajectoryMethod.compoundGrowth().assess(input);
    }
  };

  @Test
  void choicesGivenAsObjectsOverrideTheProfile() {
    Profile p = Scorer.builder().rule(Bound.Kind.APPROXIMATELY, AttainmentRule.nearestEdge()).trajectoryMethod(RENAMED)
        .targetAggregator(Aggregator.geometric()).pillarAggregator(Aggregator.harmonic()).build().profile();
    assertThat(p.name()).isEqualTo("custom");
    assertThat(p.rule(Bound.Kind.APPROXIMATELY).name()).isEqualTo("nearest-edge");
    assertThat(p.rule(Bound.Kind.AT_LEAST).name()).isEqualTo("distance-to-target");
    assertThat(p.trajectoryMethod()).isSameAs(RENAMED);
    assertThat(p.targetAggregator().name()).isEqualTo("geometric");
    assertThat(p.pillarAggregator().name()).isEqualTo("harmonic");
    assertThat(p.toString()).startsWith("Profile{custom, rules {AT_LEAST=distance-to-target, ")
        .contains("APPROXIMATELY=nearest-edge").contains("}, trajectory renamed, targets geometric, pillars harmonic, ")
        .endsWith(", coverage threshold " + p.coverageThreshold() + "}");
  }

  @Test
  void choicesGivenByNameOverrideTheProfile() {
    Profile p = Scorer.builder().profile("geometric").trajectoryMethod("compound-growth").targetAggregator("harmonic")
        .pillarAggregator("arithmetic").build().profile();
    assertThat(p.name()).isEqualTo("custom");
    assertThat(p.targetAggregator().name()).isEqualTo("harmonic");
    assertThat(p.pillarAggregator().name()).isEqualTo("arithmetic");
    assertThat(p.trajectoryMethod().name()).isEqualTo("compound-growth");
    // only the weights or only the threshold is a custom profile too
    assertThat(Scorer.builder().coverageThreshold(0.5).build().profile().name()).isEqualTo("custom");
    assertThat(Scorer.builder().weights(Weights.equal()).build().profile().name()).isEqualTo("custom");
    assertThat(Scorer.builder().build().profile().name()).isEqualTo("default");
  }

  @Test
  void aRuleThatDoesNotSupportTheKindIsRefused() {
    assertThatThrownBy(() -> Scorer.builder().rule(Bound.Kind.APPROXIMATELY, AttainmentRule.growthRatio()).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("Scorer.rule[APPROXIMATELY]");
          assertThat(e.value()).isEqualTo("growth-ratio");
          assertThat(e.getMessage()).contains("a rule that supports APPROXIMATELY");
        });
  }
}
