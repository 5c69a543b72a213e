package io.github.cdsvn.core.plan.seeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Population;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.testing.SharedData;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the seed tests share: the standard catalogue and registry, and the common checks. */
final class Seeds {
  static final IndicatorCatalogue CATALOGUE = IndicatorCatalogue.standard();
  static final UnitRegistry UNITS = UnitRegistry.standard();

  static final AdministrativeLevel PROVINCE = AdministrativeLevel.PROVINCE;
  static final AdministrativeLevel DISTRICT = AdministrativeLevel.DISTRICT;
  static final AdministrativeLevel COMMUNE = AdministrativeLevel.COMMUNE;

  static final Population ADULTS =
      Population.of("adults", "người dân trưởng thành", "adults");

  private Seeds() {}

  /**
   * Starts a target with the standard catalogue's indicator; the caller adds exclusions,
   * population, baseline or note, and builds.
   */
  static Target.Builder target(String indicator, AdministrativeLevel level, int year, Bound bound,
      Document document, String clause) {
    Target.Builder b = Target.builder();
    b.indicator(CATALOGUE.get(indicator)).level(level).horizon(Horizon.of(year)).bound(bound)
        .source(Source.of(document, clause));
    return b;
  }

  /** The plan's target with a key; fails if there is none. */
  static Target find(Plan plan, String indicator, AdministrativeLevel level, int year) {
    return find(plan, indicator, level, year, Population.EVERYONE);
  }

  static Target find(Plan plan, String indicator, AdministrativeLevel level, int year,
      Population population) {
    Target.Key key = new Target.Key(indicator, level, Horizon.of(year), population.code());
    Optional<Target> t = plan.target(key);
    assertThat(t).as("target %s in plan %s", key, plan.id()).isPresent();
    return t.get();
  }

  /** The bound is exactly the one written, and reads back as the phrase given. */
  static void assertBound(Target t, Bound expected, String vi, String en) {
    assertThat(t.bound()).as("bound of %s", t.key()).isEqualTo(expected);
    assertThat(t.bound().kind()).isEqualTo(expected.kind());
    assertThat(t.bound().isStrict()).isEqualTo(expected.isStrict());
    assertThat(t.describeBound()).as("description of %s", t.key()).isEqualTo(Label.of(vi, en));
  }

  /** Every target's clause is copied exactly from the seed article (skipped without it). */
  static void assertClausesVerbatim(Plan plan, String seed) {
    Optional<String> text = SharedData.seed(seed);
    assumeTrue(text.isPresent(), "seed " + seed + " is absent: skipped");
    List<String> missing = new ArrayList<>();
    for (Target t : plan.targets()) {
      if (!text.get().contains(t.source().clause())) {
        missing.add(t.key() + ": «" + t.source().clause() + "»");
      }
    }
    assertThat(missing).as("clauses not found verbatim in seed %s", seed).isEmpty();
  }

  /**
   * Reads a number written the Vietnamese way: "." groups thousands, "," marks decimals
   * ("3.000" is 3000, "12,5" is 12.5).
   */
  static double viNumber(String text) {
    return Double.parseDouble(text.replace(".", "").replace(',', '.'));
  }

  /** A copy of one target added again makes the plan invalid, naming both positions. */
  static void assertDuplicateRefused(Plan plan, int index) {
    List<Target> targets = new ArrayList<>(plan.targets());
    Target copy = targets.get(index).withBound(targets.get(index).bound());
    targets.add(copy);
    int last = targets.size() - 1;
    assertThatThrownBy(() -> plan.withTargets(targets))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("targets[" + index + "] and targets[" + last + "]")
        .hasMessageContaining(copy.key().toString())
        .hasMessageContaining(plan.id());
  }
}
