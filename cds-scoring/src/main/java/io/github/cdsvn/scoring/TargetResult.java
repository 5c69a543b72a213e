package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Pillar;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * The result of one target at the as-of date: the outcome, the attainment in [0, 1] and whether
 * the bound is met, the trajectory, the weight the target carries in its pillar, and the
 * explanation.
 *
 * <p>A result that is not {@link Outcome#SCORED} has no attainment and is not met; its
 * {@link #reason()} and sentence say why. Checked when built: an attainment is present exactly
 * when the outcome is {@link Outcome#SCORED}, lies in [0, 1], and "met" implies scored; the
 * weight is finite and not negative. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class TargetResult {

  TargetResult() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the target.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the outcome.
   *
   * @return scored, no data, or not applicable
   */
  public abstract Outcome outcome();

  /**
   * Returns the level whose values were looked up: the target's level, mapped where the scorer
   * maps it, and read as the scored unit's own level where the target measures the plan's own
   * level.
   *
   * @return the level
   */
  public abstract AdministrativeLevel level();

  /**
   * Returns the attainment.
   *
   * @return a number from 0 to 1, or empty if the target was not scored
   */
  public abstract OptionalDouble attainment();

  /**
   * Tells whether the bound is met at the as-of date.
   *
   * @return {@code true} if scored and met; {@code false} otherwise
   */
  @Value.Default
  public boolean met() {
    return false;
  }

  /**
   * Returns the value scored: the latest observation on or before the as-of date.
   *
   * @return the value, or empty if the target was not scored
   */
  public abstract OptionalDouble value();

  /**
   * Returns the name of the attainment rule used.
   *
   * @return the rule's name, or empty if the target was not scored
   */
  public abstract Optional<String> rule();

  /**
   * Returns the trajectory at the as-of date.
   *
   * @return the trajectory, or empty if the target was not scored
   */
  public abstract Optional<Trajectory> trajectory();

  /**
   * Returns the weight of the target within its pillar, before renormalisation.
   *
   * @return the weight, finite and not negative
   */
  public abstract double weight();

  /**
   * Tells whether any observation used is made up for illustration
   * ({@link io.github.cdsvn.core.observation.Observation.Status#ILLUSTRATIVE}).
   *
   * @return {@code true} if the result rests on illustrative data
   */
  @Value.Default
  public boolean illustrative() {
    return false;
  }

  /**
   * Returns why the target was not scored.
   *
   * @return the reason, or empty for a scored target
   */
  public abstract Optional<Label> reason();

  /**
   * Returns the explanation.
   *
   * @return the explanation
   */
  public abstract Explanation explanation();

  /**
   * Returns the pillar of the target's indicator.
   *
   * @return the pillar
   */
  public final Pillar pillar() {
    return target().indicator().pillar();
  }

  @Value.Check
  void check() {
    boolean scored = outcome() == Outcome.SCORED;
    if (attainment().isPresent() != scored) {
      throw new InvalidValueException("TargetResult.attainment", attainment(),
          "present exactly when the outcome is SCORED, here " + outcome() + id());
    }
    if (attainment().isPresent() && !(attainment().getAsDouble() >= 0 && attainment().getAsDouble() <= 1)) {
      throw new InvalidValueException("TargetResult.attainment", attainment().getAsDouble(), "from 0 to 1" + id());
    }
    if (met() && !scored) {
      throw new InvalidValueException("TargetResult.met", true, "only a scored target can be met" + id());
    }
    if (reason().isPresent() == scored) {
      throw new InvalidValueException("TargetResult.reason", reason(),
          "present exactly when the target was not scored" + id());
    }
    if (!(weight() >= 0 && weight() < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("TargetResult.weight", weight(), "finite and not negative" + id());
    }
  }

  /**
   * This result with another weight: itself where the weight is the same, bit for bit.
   *
   * @param weight the weight
   * @return the result with that weight
   */
  TargetResult withWeight(double weight) {
    return Double.compare(weight(), weight) == 0 ? this : builder().from(this).weight(weight).build();
  }

  /** Names the target in a refusal. */
  private String id() {
    return " (target " + target().key() + ")";
  }

  /**
   * Compares by value: equal to another TargetResult with equal attributes, however either was made.
   *
   * @param another the object compared
   * @return whether it is an equal TargetResult
   */
  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof TargetResult)) {
      return false;
    }
    TargetResult o = (TargetResult) another;
    return target().equals(o.target())
        && outcome().equals(o.outcome())
        && level().equals(o.level())
        && attainment().equals(o.attainment())
        && met() == o.met()
        && value().equals(o.value())
        && rule().equals(o.rule())
        && trajectory().equals(o.trajectory())
        && Double.compare(weight(), o.weight()) == 0
        && illustrative() == o.illustrative()
        && reason().equals(o.reason())
        && explanation().equals(o.explanation());
  }

  /**
   * Hashes the attributes that {@link #equals} compares.
   *
   * @return the hash code
   */
  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + target().hashCode();
    h += (h << 5) + outcome().hashCode();
    h += (h << 5) + level().hashCode();
    h += (h << 5) + attainment().hashCode();
    h += (h << 5) + Boolean.hashCode(met());
    h += (h << 5) + value().hashCode();
    h += (h << 5) + rule().hashCode();
    h += (h << 5) + trajectory().hashCode();
    h += (h << 5) + Double.hashCode(weight());
    h += (h << 5) + Boolean.hashCode(illustrative());
    h += (h << 5) + reason().hashCode();
    h += (h << 5) + explanation().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "TargetResult{" + target().key() + ", " + outcome()
        + (attainment().isPresent() ? ", " + attainment().getAsDouble() + (met() ? ", met" : ", not met") : "")
        + "}";
  }

  /** Builds a {@link TargetResult}: target, outcome, level, weight and explanation are required. */
  public static final class Builder extends ImmutableTargetResult.Builder {
    Builder() {}
  }

  /** Whether a target could be scored at the as-of date, and if not, why not in general terms. */
  public enum Outcome {
    /** Scored: the result has an attainment. */
    SCORED(Label.of("đã chấm điểm", "scored")),
    /**
     * No data: no usable observation on or before the as-of date, or a baseline or series the
     * bound needs is missing. Counts against coverage; never counts as 0.
     */
    NO_DATA(Label.of("chưa có số liệu", "no data")),
    /**
     * Not applicable: the level the target measures is not in force at the as-of date (a
     * district-level target after 1 July 2025) and the caller has not mapped it to another level.
     * Left out of the weights.
     */
    NOT_APPLICABLE(Label.of("không áp dụng", "not applicable"));

    private final Label label;

    Outcome(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this outcome.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }
  }
}
