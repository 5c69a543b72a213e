/**
 * The contracts of cds-scoring's strategy interfaces, for the authors of attainment rules and
 * aggregators: the laws as checks, seeded generators of valid cases, and JUnit Jupiter dynamic
 * tests built from both. See {@link io.github.cdsvn.scoring.testkit}.
 *
 * <p>JUnit Jupiter's API is required statically: only {@link io.github.cdsvn.scoring.testkit.RuleTests}
 * and {@link io.github.cdsvn.scoring.testkit.AggregatorTests} use it, and the contracts and
 * generators work without it on the module path.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are compile-time only
module io.github.cdsvn.scoring.testkit {
  requires transitive io.github.cdsvn.scoring;
  // compile time only: the Immutables annotations on the scoring module's value types, which
  // the compiler and javadoc read in its class files
  requires static org.immutables.value.annotations;
  // the dynamic tests of RuleTests and AggregatorTests only
  requires static transitive org.junit.jupiter.api;

  exports io.github.cdsvn.scoring.testkit;
}
