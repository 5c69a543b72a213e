package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
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
  public abstract TrajectoryStatus status();

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
  public abstract List<Input> inputs();

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
    public TrajectoryStatus status() {
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
    public List<Input> inputs() {
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
}
