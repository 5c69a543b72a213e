package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * Where a target stands on its way to the horizon: the status, the growth observed and the
 * growth still needed, their ratio {@code R}, and the value projected at the horizon.
 *
 * <p>Rates are fractions a year (0.125 for 12.5% a year): compound rates, or, where
 * {@link #linear()} is true, straight-line changes per year in the measure's unit. Checked when
 * built: a present ratio or rate is not NaN.
 *
 * <p>Two trajectories are equal when all their attributes are, however they were made (by
 * {@link #builder()}, or by the engine, which writes them when first read). Immutable and
 * thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Trajectory {

  Trajectory() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a trajectory built by a function when it is first read (any accessor, or
   * {@code equals}, {@code hashCode} or {@code toString}), once, whichever thread reads it first;
   * from then on it is the trajectory built. Scoring many targets costs less this way where most
   * trajectories are never read.
   *
   * @param build builds the trajectory; called at most once (again only if it throws), must not
   *     return null
   * @return the trajectory, built when first read
   */
  static Trajectory lazily(Supplier<? extends Trajectory> build) {
    return new Lazy(LazyResults.once(build, "the trajectory built"));
  }

  /**
   * Returns the name of the method that judged the target.
   *
   * @return the method's name, such as {@code compound-growth}
   */
  public abstract String method();

  /**
   * Returns the status.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Returns {@code R}, the observed rate divided by the required rate.
   *
   * @return the ratio, or empty where it was not computed
   */
  public abstract OptionalDouble ratio();

  /**
   * Returns the rate observed from the start of the series to the latest value.
   *
   * @return the rate, or empty
   */
  public abstract OptionalDouble observedRate();

  /**
   * Returns the rate needed from the latest value to the goal by the horizon's end date.
   *
   * @return the rate, or empty
   */
  public abstract OptionalDouble requiredRate();

  /**
   * Tells whether the rates are straight-line changes per year, used where a compound growth
   * rate is undefined (a value of 0).
   *
   * @return {@code true} for the straight-line path
   */
  @Value.Default
  public boolean linear() {
    return false;
  }

  /**
   * Returns the value projected at the horizon from the observed trend.
   *
   * @return the projection, or empty where there is no trend
   */
  public abstract Optional<Projection> projection();

  /**
   * Returns the inputs of the judgement, in a stable order.
   *
   * @return the inputs
   */
  public abstract List<Explanation.Input> inputs();

  /**
   * Returns the judgement in a sentence.
   *
   * @return the sentence in Vietnamese and English
   */
  public abstract Label sentence();

  /**
   * Returns remarks, such as the use of the straight-line path.
   *
   * @return the notes, possibly none
   */
  public abstract List<Label> notes();

  @Value.Check
  void check() {
    if (method().isBlank()) {
      throw new InvalidValueException("Trajectory.method", method(), "must not be blank");
    }
    for (OptionalDouble d : List.of(ratio(), observedRate(), requiredRate())) {
      if (d.isPresent() && Double.isNaN(d.getAsDouble())) {
        throw new InvalidValueException("Trajectory", d, "ratios and rates must not be NaN; method " + method());
      }
    }
  }

  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Trajectory)) {
      return false;
    }
    Trajectory t = (Trajectory) another;
    return method().equals(t.method()) && status().equals(t.status()) && ratio().equals(t.ratio())
        && observedRate().equals(t.observedRate()) && requiredRate().equals(t.requiredRate())
        && linear() == t.linear() && projection().equals(t.projection()) && inputs().equals(t.inputs())
        && sentence().equals(t.sentence()) && notes().equals(t.notes());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + method().hashCode();
    h += (h << 5) + status().hashCode();
    h += (h << 5) + Objects.hashCode(ratio());
    h += (h << 5) + Objects.hashCode(observedRate());
    h += (h << 5) + Objects.hashCode(requiredRate());
    h += (h << 5) + Boolean.hashCode(linear());
    h += (h << 5) + Objects.hashCode(projection());
    h += (h << 5) + inputs().hashCode();
    h += (h << 5) + sentence().hashCode();
    h += (h << 5) + notes().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Trajectory{" + method() + ", " + status() + (ratio().isPresent() ? ", R=" + ratio().getAsDouble() : "")
        + "}";
  }

  /** A trajectory built when first read. */
  private static final class Lazy extends Trajectory {
    private final Supplier<Trajectory> built;

    Lazy(Supplier<Trajectory> built) {
      this.built = built;
    }

    @Override
    public String method() {
      return built.get().method();
    }

    @Override
    public Status status() {
      return built.get().status();
    }

    @Override
    public OptionalDouble ratio() {
      return built.get().ratio();
    }

    @Override
    public OptionalDouble observedRate() {
      return built.get().observedRate();
    }

    @Override
    public OptionalDouble requiredRate() {
      return built.get().requiredRate();
    }

    @Override
    public boolean linear() {
      return built.get().linear();
    }

    @Override
    public Optional<Projection> projection() {
      return built.get().projection();
    }

    @Override
    public List<Explanation.Input> inputs() {
      return built.get().inputs();
    }

    @Override
    public Label sentence() {
      return built.get().sentence();
    }

    @Override
    public List<Label> notes() {
      return built.get().notes();
    }
  }

  /** Builds a {@link Trajectory}: method, status and sentence are required. */
  public static final class Builder extends ImmutableTrajectory.Builder {
    Builder() {}
  }

  /**
   * Where a target stands on its way to the horizon.
   *
   * <p>Before the horizon: {@link #TARGET_ACHIEVED} where the bound holds now, else by the ratio
   * {@code R} of observed to required growth ({@link #ofRatio(double)}), or
   * {@link #INSUFFICIENT_DATA}. Once the horizon is reached: {@link #ACHIEVED} or {@link #MISSED}.
   */
  public enum Status {
    /** The bound holds at the as-of date, before the horizon. */
    TARGET_ACHIEVED(Label.of("đã đạt mục tiêu", "target achieved")),
    /** {@code R >= 0.95}: growing fast enough to reach the goal by the horizon. */
    ON_TRACK(Label.of("đúng tiến độ", "on track")),
    /** {@code 0.60 <= R < 0.95}: progressing, but not fast enough. */
    ACCELERATION_NEEDED(Label.of("cần tăng tốc", "acceleration needed")),
    /** {@code 0 <= R < 0.60}: progressing far too slowly, or not at all. */
    LIMITED_PROGRESS(Label.of("tiến triển hạn chế", "limited progress")),
    /** {@code R < 0}: moving away from the goal. */
    DETERIORATION(Label.of("suy giảm", "deterioration")),
    /** Too few values to judge: fewer than two on different days, or none. */
    INSUFFICIENT_DATA(Label.of("không đủ số liệu", "insufficient data")),
    /** The horizon is reached and the bound held at its end. */
    ACHIEVED(Label.of("đã hoàn thành khi đến hạn", "achieved")),
    /** The horizon is reached and the bound did not hold at its end. */
    MISSED(Label.of("không đạt khi đến hạn", "missed"));

    /** The smallest ratio of observed to required growth that is on track. */
    public static final double ON_TRACK_FROM = 0.95;
    /** The smallest ratio that needs acceleration rather than counting as limited progress. */
    public static final double ACCELERATION_FROM = 0.60;

    private final Label label;

    Status(Label label) {
      this.label = label;
    }

    /**
     * Returns the name of this status.
     *
     * @return the Vietnamese and English name
     */
    public Label label() {
      return label;
    }

    /**
     * Returns the status of a ratio of observed to required growth.
     *
     * @param r the ratio, not NaN; infinities are accepted
     * @return {@link #ON_TRACK}, {@link #ACCELERATION_NEEDED}, {@link #LIMITED_PROGRESS} or
     *     {@link #DETERIORATION}
     * @throws InvalidValueException if {@code r} is NaN
     */
    public static Status ofRatio(double r) {
      if (Double.isNaN(r)) {
        throw new InvalidValueException("TrajectoryStatus.ratio", r, "must be a number");
      }
      if (r >= ON_TRACK_FROM) {
        return ON_TRACK;
      }
      if (r >= ACCELERATION_FROM) {
        return ACCELERATION_NEEDED;
      }
      return r >= 0 ? LIMITED_PROGRESS : DETERIORATION;
    }
  }

  /**
   * The value expected at the horizon if the observed trend goes on, and whether the bound would
   * then hold.
   *
   * <p>Immutable and thread-safe.
   *
   * @param date the horizon's end date
   * @param value the projected value, finite, kept within the measure's range
   * @param meetsTarget whether the bound would hold for that value
   */
  public record Projection(LocalDate date, double value, boolean meetsTarget) {

    /**
     * Validates the projection.
     *
     * @param date not null
     * @param value finite
     * @param meetsTarget whether the bound holds
     * @throws InvalidValueException if the value is not finite
     */
    public Projection {
      Objects.requireNonNull(date, "Projection.date");
      if (!Double.isFinite(value)) {
        throw new InvalidValueException("Projection.value", value, "must be a finite number");
      }
    }
  }
}
