package io.github.cdsvn.consumer;

import io.github.cdsvn.core.interchange.CsvFormat;
import io.github.cdsvn.core.interchange.JsonFormat;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.Scorer;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Scores a plan read from a JSON file against observations read from a CSV file, with the
 * standard indicator catalogue, unit registry and scorer, the way an application using cds does.
 */
public final class PlanScores {
  private PlanScores() {}

  /**
   * Reads the plan and the observations and scores the plan's own unit.
   *
   * @param plan the plan, in the JSON interchange format
   * @param observations the observations, in the CSV interchange format
   * @param asOf the as-of date of the scores
   * @return the plan's scorecard
   * @throws IOException if a file cannot be read
   */
  public static Scorecard score(Path plan, Path observations, LocalDate asOf) throws IOException {
    Plan read = JsonFormat.standard().readPlan(plan);
    ObservationSet set = CsvFormat.standard().readObservations(observations);
    return Scorer.standard().score(read, set, asOf);
  }
}
