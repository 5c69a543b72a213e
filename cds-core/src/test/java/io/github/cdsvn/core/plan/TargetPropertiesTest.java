package io.github.cdsvn.core.plan;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.DocumentedRules;
import io.github.cdsvn.core.testing.Examples;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.DoubleFunction;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class TargetPropertiesTest {
  private static final Set<Measure.Kind> QUANTITIES = EnumSet.of(Measure.Kind.PERCENT, Measure.Kind.COUNT,
      Measure.Kind.AMOUNT, Measure.Kind.RATE_PER_YEAR, Measure.Kind.INDEX);

  /** The bounds on the value itself, by factory. */
  private enum ValueBound {
    AT_LEAST(Bound::atLeast), AT_MOST(Bound::atMost), MORE_THAN(Bound::moreThan), LESS_THAN(Bound::lessThan),
    APPROXIMATELY(v -> Bound.approximately(v, 1));

    final DoubleFunction<Bound> factory;

    ValueBound(DoubleFunction<Bound> factory) {
      this.factory = factory;
    }
  }

  private static Target.Builder target(Indicator indicator, Bound bound) {
    return Target.builder().indicator(indicator).level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2025)
        .bound(bound).source(Source.of(CoreGenerators.KH_698, "phấn đấu đạt"));
  }

  @Test
  void everyGeneratedTargetIsKeyedByIndicatorLevelHorizonAndPopulation() {
    qt().withExamples(Examples.upTo(500)).forAll(CoreGenerators.targets()).checkAssert(t -> {
      assertThat(t.key()).isEqualTo(new Target.Key(t.indicator().code(), t.level(), t.horizon(), t.population().code()));
      t.baseline().ifPresent(b -> assertThat(b.year()).isLessThan(t.horizon().year()));
      assertThat(t.describeBound().vi()).isNotBlank();
    });
  }

  @Test
  void aCopyFromTheBuilderEqualsTheOriginal() {
    qt().withExamples(Examples.upTo(500)).forAll(CoreGenerators.targets()).checkAssert(t ->
        assertEqualValues(t, Target.builder().from(t).build()));
  }

  @Test
  void targetsDifferingInOneFieldAreNotEqual() {
    qt().withExamples(Examples.upTo(500)).forAll(CoreGenerators.targets(), integers().between(0, 7)).checkAssert((t, field) -> {
      Target.Builder b = Target.builder().from(t);
      switch (field) {
        case 0:
          b.level(t.level() == AdministrativeLevel.COMMUNE ? AdministrativeLevel.DISTRICT : AdministrativeLevel.COMMUNE);
          break;
        case 1:
          b.horizon(Horizon.of(t.horizon().year() + 1));
          break;
        case 2:
          b.population(t.population().equals(CoreGenerators.ADULTS) ? Population.EVERYONE : CoreGenerators.ADULTS);
          break;
        case 3:
          b.addExclusions("hồ sơ thuộc danh mục khác");
          break;
        case 4:
          b.note(t.note().map(n -> n + " (sửa)").orElse("ghi chú"));
          break;
        case 5:
          b.source(Source.of(t.source().document(), t.source().clause() + " …"));
          break;
        case 6:
          b.source(Source.of(t.source().document().equals(CoreGenerators.NQ_07) ? CoreGenerators.KH_698
              : CoreGenerators.NQ_07, t.source().clause()));
          break;
        default:
          if (t.indicator().measure().kind() == Measure.Kind.YES_NO) {
            // a milestone is the only bound a yes/no indicator takes: change the indicator instead
            b.indicator(Indicator.builder().from(t.indicator()).code(t.indicator().code() + ".v2").build());
          } else {
            b.bound(otherBound(t));
          }
          break;
      }
      assertDifferentValues(t, b.build());
    });
  }

  /** A bound suited to the target's measure that differs from its own. */
  private static Bound otherBound(Target t) {
    Measure m = t.indicator().measure();
    Bound b = t.bound();
    switch (m.kind()) {
      case RANK:
        return b instanceof Bound.TopRank r ? Bound.topRank(r.n(), r.of() + 1) : Bound.topRank(1, 63);
      case ORDINAL:
        String lowest = m.categories().get(0).code();
        return b instanceof Bound.OrdinalAtLeast o && o.category().equals(lowest)
            ? Bound.ordinalAtLeast(m.categories().get(1).code()) : Bound.ordinalAtLeast(lowest);
      default:
        double v = b.threshold().orElse(m.kind() == Measure.Kind.INDEX ? m.min() : 0);
        return b instanceof Bound.AtMost ? Bound.atLeast(v) : Bound.atMost(v);
    }
  }

  @Test
  void aValueBoundInsideATargetIsAcceptedExactlyWhenValidForTheMeasure() {
    qt().forAll(CoreGenerators.indicators(), Generate.enumValues(ValueBound.class), CoreGenerators.awkwardDoubles())
        .checkAssert((indicator, kind, v) -> {
          Measure m = indicator.measure();
          if (!Double.isFinite(v)) {
            assertRefused(() -> kind.factory.apply(v), "Bound.value", v);
            return;
          }
          Bound bound = kind.factory.apply(v);
          boolean valid = DocumentedRules.isValid(m, v)
              && !(kind == ValueBound.MORE_THAN && v >= m.max())
              && !(kind == ValueBound.LESS_THAN && v <= m.min());
          if (!QUANTITIES.contains(m.kind())) {
            assertRefused(() -> target(indicator, bound).build(), "Target.bound", bound);
          } else if (valid) {
            Target t = target(indicator, bound).build();
            assertThat(t.bound()).isEqualTo(bound);
            assertThat(t.bound().threshold()).hasValue(v);
          } else {
            assertRefused(() -> target(indicator, bound).build(), "Target.bound.value", v);
          }
        });
  }

  @Test
  void aBaselineIsAcceptedExactlyWhenItsYearIsBeforeTheHorizon() {
    qt().forAll(CoreGenerators.horizons(), integers().between(Horizon.MIN_YEAR, Horizon.MAX_YEAR),
        CoreGenerators.indicators(Measure.Kind.PERCENT)).checkAssert((horizon, year, indicator) -> {
          Target.Builder b = target(indicator, Bound.atLeast(50)).horizon(horizon).baseline(Baseline.ofYear(year));
          if (year < horizon.year()) {
            assertThat(b.build().baseline()).contains(Baseline.ofYear(year));
          } else {
            assertRefused(b::build, "Target.baseline.year", year);
          }
        });
  }

  @Test
  void aBaselineValueIsCheckedAgainstTheMeasure() {
    qt().forAll(CoreGenerators.indicators(), CoreGenerators.awkwardDoubles())
        .assuming((indicator, v) -> Double.isFinite(v))
        .checkAssert((indicator, v) -> {
          Bound maintain = indicator.measure().kind() == Measure.Kind.YES_NO ? Bound.milestone() : Bound.maintain();
          Target.Builder b = target(indicator, maintain).baseline(Baseline.of(2020, v));
          if (DocumentedRules.isValid(indicator.measure(), v)) {
            assertThat(b.build().baseline()).contains(Baseline.of(2020, v));
          } else {
            assertRefused(b::build, "Target.baseline.value", v);
          }
        });
  }

  @Test
  void withHorizonAndWithBoundAreCheckedLikeNewTargets() {
    qt().withExamples(Examples.upTo(300)).forAll(CoreGenerators.targets(), CoreGenerators.horizons()).checkAssert((t, horizon) -> {
      Optional<Integer> baseYear = t.baseline().map(Baseline::year);
      if (baseYear.isPresent() && baseYear.get() >= horizon.year()) {
        assertRefused(() -> t.withHorizon(horizon), "Target.baseline.year", baseYear.get());
      } else {
        Target moved = t.withHorizon(horizon);
        assertThat(moved.horizon()).isEqualTo(horizon);
        assertThat(moved.bound()).isEqualTo(t.bound());
      }
      Bound wrong = t.indicator().measure().kind() == Measure.Kind.YES_NO ? Bound.topRank(1, 63) : Bound.milestone();
      assertRefused(() -> t.withBound(wrong), "Target.bound", wrong);
    });
  }
}
