package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Makes results whose numbers are known now and whose texts are written when first read: what
 * the engine returns when it scores from the columns of an observation set. The results equal,
 * attribute for attribute, those the engine builds in full. Implemented in the API's package,
 * where the results' constructors are; implementations are immutable and thread-safe.
 */
interface Views {

  /**
   * What a scorecard made by {@link #card} builds its parts from when they are first read. Each
   * method is called at most once per scorecard or index.
   */
  interface Source {
    /**
     * The targets' results, in plan order.
     *
     * @return the results
     */
    List<TargetResult> targets();

    /**
     * The pillar indices, in pillar order.
     *
     * @return the indices
     */
    List<IndexScore> pillars();

    /**
     * An index built in full: its components and texts.
     *
     * @param which the pillar's position in {@link #pillars()}, or {@link #COMPOSITE}
     * @return the index
     */
    IndexScore index(int which);
  }

  /** The position that names the composite index in {@link Source#index(int)}. */
  int COMPOSITE = -1;

  /**
   * A target's result.
   *
   * @param target the target
   * @param outcome the outcome
   * @param level the level read
   * @param attainment the attainment, {@code NaN} where not scored
   * @param met whether the bound is met
   * @param value the value scored, {@code NaN} where not scored
   * @param rule the rule's name, or {@code null} where not scored
   * @param weight the weight
   * @param illustrative whether an observation used is illustrative
   * @param full the whole result, built once when a text is first read
   * @return the result
   */
  TargetResult target(Target target, Outcome outcome, AdministrativeLevel level, double attainment, boolean met,
      double value, String rule, double weight, boolean illustrative, Supplier<TargetResult> full);

  /**
   * An index.
   *
   * @param name the name
   * @param pillar the pillar, or empty for the composite
   * @param aggregator the aggregator's name
   * @param score the score, {@code NaN} where there is none
   * @param coverage the coverage
   * @param threshold the coverage threshold
   * @param source builds the whole index, once, when its components or texts are first read
   * @param which the index's position for {@link Source#index(int)}
   * @return the index
   */
  IndexScore index(Label name, Optional<Pillar> pillar, String aggregator, double score, double coverage,
      double threshold, Source source, int which);

  /**
   * A scorecard.
   *
   * @param planId the plan's id
   * @param unitCode the unit's code
   * @param unit the unit, if known
   * @param asOf the as-of date
   * @param profile the profile
   * @param illustrative whether an observation used is illustrative
   * @param source builds the targets' results and the pillar indices, once, when first read; kept
   *     to re-weigh the card without scoring again
   * @param composite the composite index
   * @return the scorecard
   */
  Scorecard card(String planId, String unitCode, Optional<AdministrativeUnit> unit, LocalDate asOf, Profile profile,
      boolean illustrative, Source source, IndexScore composite);

  /**
   * Returns the source of a scorecard made with {@link #card}.
   *
   * @param card a scorecard
   * @return its source, or empty for a scorecard made otherwise
   */
  Optional<Source> source(Scorecard card);
}
