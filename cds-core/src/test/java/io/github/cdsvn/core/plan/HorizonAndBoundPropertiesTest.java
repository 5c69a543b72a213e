package io.github.cdsvn.core.plan;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.testing.CoreGenerators;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class HorizonAndBoundPropertiesTest {
  private static final Gen<Integer> RANKS = Generate.frequency(List.of(
      Pair.of(3, integers().between(-3, 70)),
      Pair.of(1, Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, 1))),
      Pair.of(1, integers().all())));

  @Test
  void horizonOfAcceptsExactlyTheYears1945To2100() {
    qt().forAll(CoreGenerators.awkwardYears()).checkAssert(year -> {
      if (year >= 1945 && year <= 2100) {
        Horizon h = Horizon.of(year);
        assertThat(h.year()).isEqualTo(year);
        assertThat(h.endDate()).isEqualTo(LocalDate.of(year, 12, 31));
        assertThat(Horizon.parse(h.toString())).isEqualTo(h);
        assertThat(Horizon.parse(" " + year + " ")).isEqualTo(h);
      } else {
        assertRefused(() -> Horizon.of(year), "Horizon.year", year);
        assertRefused(() -> Horizon.parse(Integer.toString(year)), "Horizon.year", year);
      }
    });
  }

  @Test
  void horizonsAreEqualAndOrderedByYear() {
    qt().forAll(CoreGenerators.horizons(), CoreGenerators.horizons()).checkAssert((a, b) -> {
      assertThat(a.equals(b)).isEqualTo(a.year() == b.year());
      assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(Integer.compare(a.year(), b.year())));
      assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
      assertThat(a.hasPassed(b.endDate())).isEqualTo(b.year() > a.year());
      if (a.year() != 2025 && a.year() != 2030) {
        assertEqualValues(a, Horizon.of(a.year()));
      }
    });
    assertThat(Horizon.of(2025)).isSameAs(Horizon.Y2025);
    assertThat(Horizon.of(2030)).isSameAs(Horizon.Y2030);
  }

  @Test
  void valueBoundsAcceptExactlyFiniteValues() {
    qt().forAll(CoreGenerators.awkwardDoubles()).checkAssert(v -> {
      if (Double.isFinite(v)) {
        assertThat(Bound.atLeast(v).threshold()).isEqualTo(OptionalDouble.of(v));
        assertThat(Bound.moreThan(v).threshold()).isEqualTo(OptionalDouble.of(v));
        assertThat(Bound.atMost(v).threshold()).isEqualTo(OptionalDouble.of(v));
        assertThat(Bound.lessThan(v).threshold()).isEqualTo(OptionalDouble.of(v));
        assertThat(Bound.moreThan(v).isStrict()).isTrue();
        assertThat(Bound.atLeast(v).isStrict()).isFalse();
      } else {
        assertRefused(() -> Bound.atLeast(v), "Bound.value", v);
        assertRefused(() -> Bound.moreThan(v), "Bound.value", v);
        assertRefused(() -> Bound.atMost(v), "Bound.value", v);
        assertRefused(() -> Bound.lessThan(v), "Bound.value", v);
      }
    });
  }

  @Test
  void approximatelyNeedsAFiniteValueAndAFiniteTolerancesNotNegative() {
    qt().forAll(CoreGenerators.awkwardDoubles(), CoreGenerators.awkwardDoubles()).checkAssert((v, tol) -> {
      if (!Double.isFinite(v)) {
        assertRefused(() -> Bound.approximately(v, tol), "Bound.value", v);
      } else if (!Double.isFinite(tol) || tol < 0) {
        assertRefused(() -> Bound.approximately(v, tol), "Bound.tolerance", tol);
      } else {
        Bound.Approximately b = Bound.approximately(v, tol);
        assertThat(b.value()).isEqualTo(v);
        assertThat(b.tolerance()).isEqualTo(tol);
      }
    });
  }

  @Test
  void topRankAcceptsExactlyOneToMOfAtLeastOne() {
    qt().forAll(RANKS, RANKS).checkAssert((n, of) -> {
      if (of < 1) {
        assertRefused(() -> Bound.topRank(n, of), "Bound.of", of);
      } else if (n < 1 || n > of) {
        assertRefused(() -> Bound.topRank(n, of), "Bound.n", n);
      } else {
        Bound.TopRank b = Bound.topRank(n, of);
        assertThat(b.n()).isEqualTo(n);
        assertThat(b.of()).isEqualTo(of);
      }
    });
  }

  @Test
  void relativeChangeAndGrowthAcceptExactlyTheDocumentedPercentages() {
    qt().forAll(CoreGenerators.awkwardDoubles(), booleans().all()).checkAssert((p, strict) -> {
      if (Double.isFinite(p) && p > -100 && p != 0) {
        assertThat(Bound.relativeChange(p).percent()).isEqualTo(p);
      } else {
        assertRefused(() -> Bound.relativeChange(p), "Bound.percent", p);
      }
      if (Double.isFinite(p) && p > -100) {
        assertThat(Bound.growthPerYear(p, strict).isStrict()).isEqualTo(strict);
      } else {
        assertRefused(() -> Bound.growthPerYear(p, strict), "Bound.percent", p);
      }
    });
  }

  @Test
  void baselinesAcceptExactlyYearsInRangeAndFiniteValues() {
    qt().forAll(CoreGenerators.awkwardYears(), CoreGenerators.awkwardDoubles()).checkAssert((year, v) -> {
      boolean yearOk = year >= Horizon.MIN_YEAR && year <= Horizon.MAX_YEAR;
      if (!yearOk) {
        assertRefused(() -> Baseline.of(year, v), "Baseline.year", year);
        assertRefused(() -> Baseline.ofYear(year), "Baseline.year", year);
      } else if (!Double.isFinite(v)) {
        assertRefused(() -> Baseline.of(year, v), "Baseline.value", v);
      } else {
        assertEqualValues(Baseline.of(year, v), Baseline.of(year, v));
        assertDifferentValues(Baseline.of(year, v), Baseline.ofYear(year));
      }
    });
  }

  @Test
  void boundsFromEqualArgumentsAreEqualAndFromOtherArgumentsAreNot() {
    qt().forAll(CoreGenerators.validValues(Measure.percent()),
        integers().between(1, 63), booleans().all()).checkAssert((v, n, strict) -> {
          assertEqualValues(Bound.atLeast(v), Bound.atLeast(v));
          assertEqualValues(Bound.approximately(v, 2.5), Bound.approximately(v, 2.5));
          assertEqualValues(Bound.topRank(n, 63), Bound.topRank(n, 63));
          assertEqualValues(Bound.growthPerYear(v, strict), Bound.growthPerYear(v, strict));
          assertDifferentValues(Bound.atLeast(v), Bound.atMost(v));
          assertDifferentValues(Bound.atLeast(v), Bound.moreThan(v));
          assertDifferentValues(Bound.atLeast(v), Bound.atLeast(v + 1));
          assertDifferentValues(Bound.approximately(v, 2.5), Bound.approximately(v, 3));
          assertDifferentValues(Bound.topRank(n, 63), Bound.topRank(n, 64));
          assertDifferentValues(Bound.growthPerYear(v, strict), Bound.growthPerYear(v, !strict));
        });
    assertEqualValues(Bound.milestone(), Bound.milestone());
    assertEqualValues(Bound.maintain(), Bound.maintain());
    assertEqualValues(Bound.ordinalAtLeast("kha"), Bound.ordinalAtLeast("kha"));
    assertDifferentValues(Bound.ordinalAtLeast("kha"), Bound.ordinalAtLeast("tot"));
    assertDifferentValues(Bound.milestone(), Bound.maintain());
  }
}
