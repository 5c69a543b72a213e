package io.github.cdsvn.scoring.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.AttainmentInput;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The attainment cases are deterministic for a seed and reach what their documentation says. */
class AttainmentCasesTest {
  private static final int MANY = 3000;
  private static final Set<Measure.Kind> QUANTITIES = EnumSet.of(Measure.Kind.PERCENT, Measure.Kind.COUNT,
      Measure.Kind.AMOUNT, Measure.Kind.RATE_PER_YEAR, Measure.Kind.INDEX);
  private static final Set<Measure.Kind> LEVELS = EnumSet.of(Measure.Kind.PERCENT, Measure.Kind.COUNT,
      Measure.Kind.AMOUNT, Measure.Kind.INDEX);
  private static final Map<Bound.Kind, Set<Measure.Kind>> MEASURES = Map.ofEntries(
      Map.entry(Bound.Kind.AT_LEAST, QUANTITIES), Map.entry(Bound.Kind.MORE_THAN, QUANTITIES),
      Map.entry(Bound.Kind.AT_MOST, QUANTITIES), Map.entry(Bound.Kind.LESS_THAN, QUANTITIES),
      Map.entry(Bound.Kind.APPROXIMATELY, QUANTITIES), Map.entry(Bound.Kind.TOP_RANK, EnumSet.of(Measure.Kind.RANK)),
      Map.entry(Bound.Kind.RELATIVE_CHANGE, LEVELS), Map.entry(Bound.Kind.GROWTH_PER_YEAR, LEVELS),
      Map.entry(Bound.Kind.MILESTONE, EnumSet.of(Measure.Kind.YES_NO)),
      Map.entry(Bound.Kind.ORDINAL_AT_LEAST, EnumSet.of(Measure.Kind.ORDINAL)),
      Map.entry(Bound.Kind.MAINTAIN, EnumSet.complementOf(EnumSet.of(Measure.Kind.YES_NO))));

  @Test
  void theSameSeedGivesTheSameCasesAndTheFirstCasesDoNotDependOnTheCount() {
    for (Bound.Kind kind : Bound.Kind.values()) {
      List<AttainmentInput> cases = AttainmentCases.of(kind, 7, 60);
      assertThat(cases).hasSize(60).isEqualTo(AttainmentCases.of(kind, 7, 60));
      assertThat(AttainmentCases.of(kind, 7, 20)).isEqualTo(cases.subList(0, 20));
      assertThat(AttainmentCases.of(kind, 8, 60)).as(kind.name()).isNotEqualTo(cases);
      assertThat(AttainmentCases.of(EnumSet.of(kind), 7, 60)).isEqualTo(cases);
    }
    assertThat(AttainmentCases.any(7, 40)).isEqualTo(AttainmentCases.any(7, 40));
    assertThat(AttainmentCases.of(Bound.Kind.AT_LEAST, 7, 0)).isEmpty();
  }

  @Test
  void kindsAreTakenInTurnInTheOrderOfBoundKind() {
    List<AttainmentInput> any = AttainmentCases.any(3, 2 * Bound.Kind.values().length);
    for (int i = 0; i < any.size(); i++) {
      assertThat(any.get(i).bound().kind()).isEqualTo(Bound.Kind.values()[i % Bound.Kind.values().length]);
    }
    List<AttainmentInput> two = AttainmentCases.of(EnumSet.of(Bound.Kind.MAINTAIN, Bound.Kind.AT_MOST), 3, 6);
    assertThat(two).extracting(c -> c.bound().kind()).containsExactly(Bound.Kind.AT_MOST, Bound.Kind.MAINTAIN,
        Bound.Kind.AT_MOST, Bound.Kind.MAINTAIN, Bound.Kind.AT_MOST, Bound.Kind.MAINTAIN);
  }

  @Test
  void everyKindIsDrawnOverEveryMeasureItAllowsInBothDirections() {
    for (Bound.Kind kind : Bound.Kind.values()) {
      List<AttainmentInput> cases = AttainmentCases.of(kind, 11, MANY);
      assertThat(cases).as(kind.name()).allSatisfy(c -> assertThat(c.bound().kind()).isEqualTo(kind));
      assertThat(cases.stream().map(c -> c.measure().kind()).collect(Collectors.toSet())).as(kind.name())
          .isEqualTo(MEASURES.get(kind));
      Set<Direction> directions = cases.stream().map(AttainmentInput::direction).collect(Collectors.toSet());
      assertThat(directions).as(kind.name()).isEqualTo(kind == Bound.Kind.TOP_RANK
          ? EnumSet.of(Direction.LOWER_IS_BETTER) : EnumSet.allOf(Direction.class));
    }
    // indices on several ranges, ordinal scales of several sizes
    assertThat(AttainmentCases.of(Bound.Kind.AT_LEAST, 11, MANY).stream().map(AttainmentInput::measure)
        .filter(m -> m.kind() == Measure.Kind.INDEX).distinct()).hasSize(3);
    assertThat(AttainmentCases.of(Bound.Kind.ORDINAL_AT_LEAST, 11, MANY).stream()
        .map(c -> c.measure().categories().size()).distinct()).containsExactlyInAnyOrder(2, 5);
  }

  @Test
  void casesComeWithAndWithoutBaselineAndSeries() {
    for (Bound.Kind kind : Bound.Kind.values()) {
      List<AttainmentInput> cases = AttainmentCases.of(kind, 13, MANY);
      boolean needsBaseline = kind == Bound.Kind.RELATIVE_CHANGE || kind == Bound.Kind.MAINTAIN;
      assertThat(share(cases, c -> c.baseline().isPresent())).as(kind.name())
          .isBetween(needsBaseline ? 1.0 : 0.4, needsBaseline ? 1.0 : 0.6);
      if (kind == Bound.Kind.GROWTH_PER_YEAR) {
        assertThat(cases).allSatisfy(c -> assertThat(c.points().size()).isBetween(2, 6));
        assertThat(cases).anySatisfy(c -> assertThat(c.points().get(0).value()).isZero());
      } else {
        assertThat(share(cases, c -> !c.points().isEmpty())).as(kind.name()).isBetween(0.25, 0.42);
      }
      assertThat(cases).filteredOn(c -> !c.points().isEmpty())
          .allSatisfy(c -> assertThat(c.points().get(c.points().size() - 1).value()).isEqualTo(c.value()));
    }
  }

  @Test
  void valuesAreDrawnAtNearAndFarFromTheGoalAndTheBaseline() {
    for (Bound.Kind kind : EnumSet.complementOf(EnumSet.of(Bound.Kind.GROWTH_PER_YEAR, Bound.Kind.MAINTAIN))) {
      List<AttainmentInput> cases = AttainmentCases.of(kind, 17, MANY);
      assertThat(share(cases, c -> c.value() == c.goal().getAsDouble())).as(kind.name()).isGreaterThan(0.05);
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(near(c.value(), c.goal().getAsDouble(),
          c.measure())).isTrue());
    }
    for (Bound.Kind kind : Bound.Kind.values()) {
      List<AttainmentInput> cases = AttainmentCases.of(kind, 19, MANY);
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(c.value()).isEqualTo(c.effectiveBaseline()));
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(near(c.value(), c.effectiveBaseline(),
          c.measure())).isTrue());
      // "maintain" asks for the baseline itself: its goal never improves on it
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(c.goalImprovesOnBaseline())
          .isEqualTo(kind != Bound.Kind.MAINTAIN));
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(c.goalImprovesOnBaseline()).isFalse());
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(c.boundHolds()).isTrue());
      assertThat(cases).as(kind.name()).anySatisfy(c -> assertThat(c.boundHolds()).isFalse());
    }
    // the far edges and extreme magnitudes of the measures
    List<AttainmentInput> thresholds = AttainmentCases.of(Bound.Kind.AT_LEAST, 23, MANY);
    assertThat(thresholds).anySatisfy(c -> assertThat(c.value()).isEqualTo(Double.MAX_VALUE));
    assertThat(thresholds).anySatisfy(c -> assertThat(c.value()).isEqualTo(Double.MIN_VALUE));
    assertThat(thresholds).anySatisfy(c -> assertThat(c.value()).isEqualTo(c.measure().min()));
    assertThat(thresholds).anySatisfy(c -> assertThat(c.value()).isEqualTo(c.measure().max()));
    // growth: values that grow at exactly the rate asked, so that the bound just holds or just fails
    assertThat(AttainmentCases.of(Bound.Kind.GROWTH_PER_YEAR, 29, MANY)).anySatisfy(c -> {
      assertThat(c.goalImprovesOnBaseline()).isTrue();
      assertThat(c.boundHolds()).isTrue();
      assertThat(c.withValue(Math.nextDown(c.value())).boundHolds()).isFalse();
    });
  }

  @Test
  void pairsHoldTheCasesOfTheSameSeedAndOtherValidValues() {
    for (Bound.Kind kind : Bound.Kind.values()) {
      List<MonotonePair> pairs = AttainmentCases.pairs(kind, 31, 400);
      assertThat(pairs).extracting(MonotonePair::input).isEqualTo(AttainmentCases.of(kind, 31, 400));
      assertThat(pairs).isEqualTo(AttainmentCases.pairs(kind, 31, 400));
      assertThat(pairs).allSatisfy(p -> assertThat(p.other().value()).isEqualTo(p.otherValue()));
      assertThat(pairs).as(kind.name()).anySatisfy(p -> assertThat(p.otherValue()).isNotEqualTo(p.input().value()));
      assertThat(pairs).as(kind.name()).anySatisfy(p -> assertThat(near(p.otherValue(), p.input().value(),
          p.input().measure())).isTrue());
    }
    assertThat(AttainmentCases.pairs(EnumSet.allOf(Bound.Kind.class), 31, 22)).extracting(MonotonePair::input)
        .isEqualTo(AttainmentCases.any(31, 22));
  }

  @Test
  void aPairRefusesAValueThatMakesNoCase() {
    AttainmentInput in = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 40);
    assertThat(new MonotonePair(in, 60).other()).isEqualTo(in.withValue(60));
    assertThat(new MonotonePair(in, 60)).hasToString(in + " and the value 60.0");
    assertThatThrownBy(() -> new MonotonePair(in, 120)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("MonotonePair.otherValue").hasMessageContaining("120");
    assertThatThrownBy(() -> new MonotonePair(null, 60)).isInstanceOf(NullPointerException.class)
        .hasMessage("MonotonePair.input");
  }

  @Test
  void badArgumentsAreRefusedNamingTheField() {
    assertThatThrownBy(() -> AttainmentCases.of(Bound.Kind.AT_LEAST, 1, -1)).isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for AttainmentCases.count (valid values 0 - 2147483647): -1");
    assertThatThrownBy(() -> AttainmentCases.of(Set.of(), 1, 5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AttainmentCases.kinds");
    assertThatThrownBy(() -> AttainmentCases.pairs(Set.of(), 1, 5)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("AttainmentCases.kinds");
    assertThatThrownBy(() -> AttainmentCases.of((Bound.Kind) null, 1, 5)).isInstanceOf(NullPointerException.class)
        .hasMessage("AttainmentCases.kind");
  }

  private static double share(List<AttainmentInput> cases, Predicate<AttainmentInput> p) {
    return (double) cases.stream().filter(p).count() / cases.size();
  }

  /** Next to {@code anchor} but not at it: one step for ranks and categories, a hundredth of its size otherwise. */
  private static boolean near(double v, double anchor, Measure m) {
    double d = Math.abs(v - anchor);
    boolean whole = m.kind() == Measure.Kind.RANK || m.kind() == Measure.Kind.ORDINAL || m.kind() == Measure.Kind.YES_NO;
    return d > 0 && (whole ? d == 1 : d <= 0.011 * Math.max(1, Math.abs(anchor)));
  }
}
