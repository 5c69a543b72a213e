package io.github.cdsvn.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Attainment;
import io.github.cdsvn.scoring.AttainmentInput;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.testkit.AttainmentCases;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract;
import io.github.cdsvn.scoring.testkit.AttainmentRuleContract.Feature;
import io.github.cdsvn.scoring.testkit.MonotonePair;
import io.github.cdsvn.scoring.testkit.RuleTests;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks an application's own rule against the testkit's packaged jar, taken in test scope as a
 * user's tests take it, in both of the build's test executions (the module path and the class
 * path, as {@code cds.consumer.path} says): in a plain loop, and as JUnit Jupiter dynamic tests.
 * A test scope puts the testkit on the class path in both; a module layer of the packaged jars
 * checks it as a named module, with JUnit and without.
 */
class PublishedTestkitTest {
  private static final Set<Bound.Kind> KINDS = EnumSet.of(Bound.Kind.AT_LEAST, Bound.Kind.MORE_THAN,
      Bound.Kind.AT_MOST, Bound.Kind.LESS_THAN);

  @Test
  void theTestkitComesFromItsPackagedJarAndTheRuleFromTheApplicationsModule() throws URISyntaxException {
    assertThat(location(AttainmentRuleContract.class).getFileName().toString())
        .matches("cds-scoring-testkit-[^/]+(?<!-tests|-sources|-javadoc)\\.jar");
    assertThat(AttainmentRuleContract.class.getModule().isNamed()).isFalse();
    boolean modulePath = System.getProperty("cds.consumer.path", "").equals("module");
    assertThat(TenthsRule.class.getModule().isNamed()).isEqualTo(modulePath);
    if (modulePath) {
      assertThat(TenthsRule.class.getModule().getName()).isEqualTo("io.github.cdsvn.consumer");
    }
  }

  @Test
  void theApplicationsRuleKeepsTheLawsCheckedInAPlainLoop() {
    assertThat(KINDS).allSatisfy(k -> assertThat(new TenthsRule().supports(k)).isTrue());
    AttainmentRuleContract contract = AttainmentRuleContract.of(new TenthsRule(), Feature.SCALE_INVARIANT);
    int checks = 0;
    for (AttainmentInput c : AttainmentCases.of(KINDS, 2026, 500)) {
      contract.check(c);
      checks++;
    }
    for (MonotonePair p : AttainmentCases.pairs(KINDS, 2026, 500)) {
      contract.checkMonotone(p);
      checks++;
    }
    assertThat(checks).isEqualTo(1000);
    AttainmentInput half = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 44);
    assertThat(new TenthsRule().attain(half).value()).isEqualTo(0.5);
    assertThat(new TenthsRule().attain(half.withValue(79.9)).value()).isEqualTo(0.9);
    assertThat(new TenthsRule().attain(half.withValue(80)).value()).isEqualTo(1.0);
  }

  @Test
  void aRuleThatBreaksALawFailsNamingTheLawAndTheCase() {
    AttainmentRule alwaysMet = new AttainmentRule() {
      @Override
      public String name() {
        return "always-met";
      }

      @Override
      public boolean supports(Bound.Kind kind) {
        return KINDS.contains(kind);
      }

      @Override
      public Attainment attain(AttainmentInput in) {
        return Attainment.builder().rule(name()).value(1).met(true).build();
      }
    };
    AttainmentInput half = AttainmentInput.of(Measure.percent(), Direction.HIGHER_IS_BETTER, Bound.atLeast(80), 40);
    assertThatThrownBy(() -> AttainmentRuleContract.of(alwaysMet).check(half)).isInstanceOf(AssertionError.class)
        .hasMessage("AttainmentRule 'always-met' breaks the law 'met means the bound holds': met is true but the"
            + " bound does not hold; case " + half);
  }

  @TestFactory
  Stream<DynamicContainer> theApplicationsRuleKeepsTheLawsAsDynamicTests() {
    return RuleTests.forRule(new TenthsRule()).features(Feature.SCALE_INVARIANT).cases(2026, 200).build();
  }

  @Test
  void asANamedModuleTheTestkitResolvesWithoutJUnitAndItsBuilderNeedsJUnit() throws Exception {
    List<Path> cds = new ArrayList<>(List.of(location(AttainmentRuleContract.class), location(AttainmentRule.class),
        location(Bound.class), location(com.google.common.collect.ImmutableList.class),
        location(Class.forName("com.google.common.util.concurrent.internal.InternalFutureFailureAccess"))));
    // without JUnit: the contracts and generators work, the builder does not load
    ModuleLayer plain = layer(cds);
    assertThat(plain.findModule("org.junit.jupiter.api")).isEmpty();
    assertThat(checkDistanceToTarget(plain)).isEqualTo(300);
    assertThatThrownBy(() -> buildRuleTests(plain)).isInstanceOf(InvocationTargetException.class)
        .cause().isInstanceOf(NoClassDefFoundError.class).hasMessageContaining("org/junit/jupiter/api/");
    // with JUnit's API beside it, the module reads it and the builder makes the tests
    List<Path> withJUnit = new ArrayList<>(cds);
    withJUnit.addAll(List.of(location(DynamicContainer.class),
        location(Class.forName("org.junit.platform.commons.JUnitException")),
        location(Class.forName("org.opentest4j.AssertionFailedError")),
        location(Class.forName("org.apiguardian.api.API"))));
    ModuleLayer junit = layer(withJUnit, "org.junit.jupiter.api");
    assertThat(junit.findModule("io.github.cdsvn.scoring.testkit").orElseThrow()
        .canRead(junit.findModule("org.junit.jupiter.api").orElseThrow())).isTrue();
    assertThat(checkDistanceToTarget(junit)).isEqualTo(300);
    assertThat(((Stream<?>) buildRuleTests(junit)).count()).isEqualTo(6);
  }

  /** A layer of the jars, with the testkit (and the other roots) resolved from them. */
  private static ModuleLayer layer(List<Path> jars, String... roots) {
    Set<String> all = new java.util.HashSet<>(Set.of(roots));
    all.add("io.github.cdsvn.scoring.testkit");
    Configuration cf = ModuleLayer.boot().configuration().resolve(ModuleFinder.of(jars.toArray(new Path[0])),
        ModuleFinder.of(), all);
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    assertThat(layer.findModule("io.github.cdsvn.scoring.testkit").orElseThrow().getDescriptor().isAutomatic())
        .isFalse();
    return layer;
  }

  /** Checks the built-in distance to target on 300 drawn "at most" cases, inside the layer; returns how many. */
  private static int checkDistanceToTarget(ModuleLayer layer) throws Exception {
    ClassLoader loader = layer.findLoader("io.github.cdsvn.scoring.testkit");
    Class<?> ruleType = loader.loadClass(AttainmentRule.class.getName());
    Class<?> featureType = loader.loadClass(Feature.class.getName());
    Class<?> contractType = loader.loadClass(AttainmentRuleContract.class.getName());
    Class<?> inputType = loader.loadClass(AttainmentInput.class.getName());
    Object rule = ruleType.getMethod("distanceToTarget").invoke(null);
    Object contract = contractType.getMethod("of", ruleType, featureType.arrayType())
        .invoke(null, rule, Array.newInstance(featureType, 0));
    Class<?> kindType = loader.loadClass(Bound.Kind.class.getName());
    Object atMost = kindType.getField(Bound.Kind.AT_MOST.name()).get(null);
    List<?> cases = (List<?>) loader.loadClass(AttainmentCases.class.getName())
        .getMethod("of", kindType, long.class, int.class).invoke(null, atMost, 7L, 300);
    for (Object c : cases) {
      contractType.getMethod("check", inputType).invoke(contract, c);
    }
    return cases.size();
  }

  /** Builds the dynamic tests of the built-in distance to target inside the layer. */
  private static Object buildRuleTests(ModuleLayer layer) throws Exception {
    ClassLoader loader = layer.findLoader("io.github.cdsvn.scoring.testkit");
    Class<?> ruleType = loader.loadClass(AttainmentRule.class.getName());
    Class<?> builderType = loader.loadClass(RuleTests.class.getName());
    Object rule = ruleType.getMethod("distanceToTarget").invoke(null);
    Object builder = builderType.getMethod("forRule", ruleType).invoke(null, rule);
    return builderType.getMethod("build").invoke(builder);
  }

  private static Path location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }
}
