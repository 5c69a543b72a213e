/**
 * The scoring engine of cds: attainment of targets, trajectories, pillar and composite indices,
 * rankings and roll-ups.
 */
@SuppressWarnings("requires-automatic") // Immutables' annotations are compile-time only
module io.github.cdsvn.scoring {
  requires transitive io.github.cdsvn.core;
  // read by javadoc through the model's Immutables style annotations; compile time only
  requires static org.immutables.value.annotations;

  exports io.github.cdsvn.scoring;
}
