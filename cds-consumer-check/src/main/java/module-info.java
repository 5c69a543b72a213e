/**
 * A user of cds as a named module: reads a plan and observations through the interchange formats
 * and scores them with the standard scorer, with a rule of its own beside the built-in ones.
 *
 * <p>The interchange formats need Jackson, which {@code io.github.cdsvn.core} requires only
 * statically: a module that uses them requires Jackson's modules itself.
 */
module io.github.cdsvn.consumer {
  // transitive: PlanScores returns the scoring module's Scorecard
  requires transitive io.github.cdsvn.scoring;
  requires com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.cdsvn.consumer;
}
