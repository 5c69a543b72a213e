/**
 * The scoring engine of cds: attainment of targets, trajectories, pillar and composite indices,
 * rankings and roll-ups.
 *
 * <p>{@link io.github.cdsvn.scoring} holds the entry point ({@link io.github.cdsvn.scoring.Scorer}),
 * the results, and the interfaces that attainment rules, trajectory methods and aggregators
 * implement, with their built-ins behind static factories; {@link io.github.cdsvn.scoring.spi}
 * the service-provider interface, {@link io.github.cdsvn.scoring.spi.ScoringProvider}, through
 * which {@link java.util.ServiceLoader} finds other teams' implementations;
 * {@link io.github.cdsvn.scoring.uncertainty} the uncertainty and sensitivity analysis of a
 * ranking. The engine itself is package-private beside {@code Scorer}.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are compile-time only
module io.github.cdsvn.scoring {
  requires transitive io.github.cdsvn.core;
  // compile time only: the model's and the engine's Immutables annotations
  requires static org.immutables.value.annotations;

  exports io.github.cdsvn.scoring;
  exports io.github.cdsvn.scoring.spi;
  exports io.github.cdsvn.scoring.uncertainty;

  uses io.github.cdsvn.scoring.spi.ScoringProvider;
}
