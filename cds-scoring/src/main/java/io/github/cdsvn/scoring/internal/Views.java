package io.github.cdsvn.scoring.internal;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.scoring.IndexScore;
import io.github.cdsvn.scoring.Outcome;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorecard;
import io.github.cdsvn.scoring.TargetResult;
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
public interface Views {

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
   * @param full the whole index, built once when its components or texts are first read
   * @return the index
   */
  IndexScore index(Label name, Optional<Pillar> pillar, String aggregator, double score, double coverage,
      double threshold, Supplier<IndexScore> full);

  /**
   * A scorecard.
   *
   * @param planId the plan's id
   * @param unitCode the unit's code
   * @param unit the unit, if known
   * @param asOf the as-of date
   * @param profile the profile
   * @param illustrative whether an observation used is illustrative
   * @param targets the targets' results, made once when first read
   * @param pillars the pillar indices
   * @param composite the composite index
   * @param numbers what the engine keeps to re-weigh the card without scoring again
   * @return the scorecard
   */
  Scorecard card(String planId, String unitCode, Optional<AdministrativeUnit> unit, LocalDate asOf, Profile profile,
      boolean illustrative, Supplier<List<TargetResult>> targets, List<IndexScore> pillars, IndexScore composite,
      Object numbers);

  /**
   * Returns what the engine kept with a scorecard it made with {@link #card}.
   *
   * @param card a scorecard
   * @return the numbers kept, or empty for a scorecard made otherwise
   */
  Optional<Object> numbers(Scorecard card);
}
