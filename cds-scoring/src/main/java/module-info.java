/**
 * The scoring engine of cds: attainment of targets, trajectories, pillar and composite indices,
 * rankings and roll-ups.
 */
module io.github.cdsvn.scoring {
  requires transitive io.github.cdsvn.core;

  exports io.github.cdsvn.scoring;
}
