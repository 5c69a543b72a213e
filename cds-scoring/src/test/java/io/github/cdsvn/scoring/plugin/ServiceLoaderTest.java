package io.github.cdsvn.scoring.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Document;
import io.github.cdsvn.core.plan.Horizon;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.plan.Source;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.UnitRegistry;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.time.LocalDate;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Providers registered through {@code META-INF/services} in the test tree are found by
 * {@link ServiceLoader}, by priority with ties broken by name, and their rules score plans.
 */
class ServiceLoaderTest {
  private static final Document KH698 = Document.builder().kind(Document.Kind.PLAN).number("698/KH-UBND")
      .issuer("UBND tỉnh Quảng Bình").date(LocalDate.of(2022, 4, 29)).title("Kế hoạch chuyển đổi số").build();

  private static Plan plan() {
    Target t = Target.builder().indicator(IndicatorCatalogue.standard().get("gov.applications.submitted-online"))
        .level(AdministrativeLevel.PROVINCE).horizon(Horizon.Y2025).bound(Bound.moreThan(50))
        .source(Source.of(KH698, "trên 50% hồ sơ TTHC nộp trực tuyến")).build();
    return Plan.builder().id("quang-binh.kh-698-2022").unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 4, 29)))
        .title("Kế hoạch chuyển đổi số").addDocuments(KH698).addTargets(t).build();
  }

  private static ObservationSet value(double v) {
    return ObservationSet.of(List.of(Observation.of("44",
        IndicatorCatalogue.standard().get("gov.applications.submitted-online"), ObservationPeriod.ofYear(2024), v)));
  }

  @Test
  void serviceLoaderFindsTheTestProvidersAndTheScorerTheBuiltInOneToo() {
    List<String> names = StreamSupport.stream(ServiceLoader.load(ScoringProvider.class).spliterator(), false)
        .map(ScoringProvider::name).sorted().collect(Collectors.toList());
    assertThat(names).containsExactly("aaa-low", "example", "zz-shadow");
    // the built-in provider is not a service: every scorer looks names up in it
    assertThat(Scorer.builder().serviceLoader(false).profile("geometric").build().profile().name())
        .isEqualTo("geometric");
  }

  @Test
  void aRuleRegisteredThroughServiceLoaderScores() {
    Scorer stepped = Scorer.builder().profile("stepped").build();
    assertThat(stepped.profile().rule(Bound.Kind.MORE_THAN).name()).isEqualTo("stepped");
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    Scorecard halfWay = stepped.score(plan(), value(30), asOf);
    assertThat(halfWay.targets().get(0).attainment()).hasValue(0.5);
    assertThat(halfWay.targets().get(0).rule()).hasValue("stepped");
    assertThat(halfWay.composite().score()).hasValue(50.0);
    assertThat(stepped.score(plan(), value(20), asOf).targets().get(0).attainment()).hasValue(0.0);
    assertThat(stepped.score(plan(), value(51), asOf).targets().get(0).attainment()).hasValue(1.0);
    // by name, for one kind of bound only
    Scorer byName = Scorer.builder().rule(Bound.Kind.MORE_THAN, "stepped").build();
    assertThat(byName.score(plan(), value(30), asOf).targets().get(0).attainment()).hasValue(0.5);
    assertThat(byName.profile().rule(Bound.Kind.AT_LEAST).name()).isEqualTo("distance-to-target");
  }

  @Test
  void priorityThenNameDecideWhichProviderWins() {
    // example and zz-shadow both offer "stepped" at priority 10: example wins by name
    assertThat(Scorer.builder().profile("stepped").build().profile().coverageThreshold()).isEqualTo(0.8);
    assertThat(Scorer.builder().profile("shadow-only").build().profile().coverageThreshold()).isEqualTo(0.3);
    // aaa-low offers "default" below the built-in provider's priority 0: the built-in wins
    assertThat(Scorer.builder().profile("default").build().profile().targetAggregator().name()).isEqualTo("arithmetic");
  }

  @Test
  void providersCanBePassedDirectlyAndServiceLoaderTurnedOff() {
    assertThatThrownBy(() -> Scorer.builder().serviceLoader(false).profile("stepped").build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("Invalid value for Scorer.profile (valid values default, geometric, harmonic, weakest-link): 'stepped'");
    Scorer direct = Scorer.builder().serviceLoader(false).addProvider(new ExampleProvider()).profile("stepped").build();
    assertThat(direct.profile().rule(Bound.Kind.AT_LEAST).name()).isEqualTo("stepped");
  }
}
