package io.github.cdsvn.scoring;

import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A plan scored for one unit at an as-of date: every target's result in plan order, the pillar
 * indices in pillar order, the composite index, the profile used, and whether any observation
 * used is illustrative.
 *
 * <pre>{@code
 * Scorecard card = Scorer.standard().score(plan, observations, LocalDate.of(2024, 12, 31));
 * card.composite().score();                              // OptionalDouble on 0–100
 * card.targets().get(0).explanation().sentence().vi();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Scorecard {

  Scorecard() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the id of the plan scored.
   *
   * @return the plan's id
   */
  public abstract String planId();

  /**
   * Returns the code of the unit scored.
   *
   * @return the unit code
   */
  public abstract String unitCode();

  /**
   * Returns the unit scored, where it is known: the plan's adopting unit when the plan is scored
   * for it ({@link Scorer#score(io.github.cdsvn.core.plan.Plan,
   * io.github.cdsvn.core.observation.ObservationSet, java.time.LocalDate)}), or the unit a
   * registry names by the code; empty for a code scored without a registry.
   *
   * @return the unit, or empty
   */
  public abstract Optional<AdministrativeUnit> unit();

  /**
   * Returns the as-of date.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  /**
   * Returns the results of the plan's targets, in plan order.
   *
   * @return the results
   */
  public abstract List<TargetResult> targets();

  /**
   * Returns the pillar indices, in pillar order ({@link Pillar#compareTo}): one for every pillar
   * of the plan's indicators.
   *
   * @return the pillar indices
   */
  public abstract List<IndexScore> pillars();

  /**
   * Returns the composite index.
   *
   * @return the composite
   */
  public abstract IndexScore composite();

  /**
   * Returns the profile the plan was scored with.
   *
   * @return the profile
   */
  public abstract Profile profile();

  /**
   * Tells whether any observation used is made up for illustration.
   *
   * @return {@code true} if the scorecard rests, at least in part, on illustrative data
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /**
   * Finds the result of a target.
   *
   * @param key the target's key
   * @return the result, or empty if the plan has no such target
   */
  public final Optional<TargetResult> target(Target.Key key) {
    return targets().stream().filter(r -> r.target().key().equals(key)).findFirst();
  }

  /**
   * Finds the index of a pillar.
   *
   * @param pillar the pillar
   * @return the index, or empty if no target of the plan is in that pillar
   */
  public final Optional<IndexScore> pillar(Pillar pillar) {
    return pillars().stream().filter(p -> p.pillar().equals(Optional.of(pillar))).findFirst();
  }

  /**
   * Compares by value: equal to another Scorecard with equal attributes, however either was made.
   *
   * @param another the object compared
   * @return whether it is an equal Scorecard
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Scorecard)) {
      return false;
    }
    Scorecard o = (Scorecard) another;
    return planId().equals(o.planId())
        && unitCode().equals(o.unitCode())
        && unit().equals(o.unit())
        && asOf().equals(o.asOf())
        && targets().equals(o.targets())
        && pillars().equals(o.pillars())
        && composite().equals(o.composite())
        && profile().equals(o.profile())
        && illustrative() == o.illustrative();
  }

  /**
   * Hashes the attributes that {@link #equals} compares.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + planId().hashCode();
    h += (h << 5) + unitCode().hashCode();
    h += (h << 5) + unit().hashCode();
    h += (h << 5) + asOf().hashCode();
    h += (h << 5) + targets().hashCode();
    h += (h << 5) + pillars().hashCode();
    h += (h << 5) + composite().hashCode();
    h += (h << 5) + profile().hashCode();
    h += (h << 5) + Boolean.hashCode(illustrative());
    return h;
  }

  @Override
  public String toString() {
    return "Scorecard{" + planId() + ", unit " + unitCode() + ", as of " + asOf() + ", "
        + targets().size() + " targets, composite " + composite().score() + "}";
  }

  /** Builds a {@link Scorecard}; the scorer builds them. */
  public static final class Builder extends ImmutableScorecard.Builder {
    Builder() {}
  }
}
