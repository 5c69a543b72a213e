package io.github.cdsvn.scoring;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.observation.Observation;
import java.util.List;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * How a result came about: the observations used, the inputs of the formulas in their order, a
 * sentence in Vietnamese and English, and remarks.
 *
 * <pre>{@code
 * result.explanation().sentence().vi();  // "Đạt 87% chỉ tiêu: 83% so với mục tiêu 95% (cơ sở 0%)"
 * result.explanation().sentence().en();  // "87% attained: 83% against a target of 95% (baseline 0%)"
 * }</pre>
 *
 * <p>Numbers in the Vietnamese sentence are written the Vietnamese way (decimal comma, dots
 * between thousands), in the English one the English way.
 *
 * <p>Two explanations are equal when their observations, inputs, sentence and notes are, however
 * they were made (by {@link #builder()}, or by the engine, which writes them when first read).
 * Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Explanation {

  Explanation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an explanation built by a function when it is first read (any accessor, or
   * {@code equals}, {@code hashCode} or {@code toString}), once, whichever thread reads it first;
   * from then on it is the explanation built. Scoring many targets costs less this way where most
   * explanations are never read: writing sentences and notes in two languages is much of the work.
   *
   * @param build builds the explanation; called at most once (again only if it throws), must not
   *     return null
   * @return the explanation, built when first read
   */
  static Explanation lazily(Supplier<? extends Explanation> build) {
    return new Lazy(LazyResults.once(build, "the explanation built"));
  }

  /**
   * Returns the observations the result was computed from, oldest first, up to the latest on or
   * before the as-of date: those from the baseline on where it is dated before the latest, else
   * every usable one.
   *
   * @return the observations, possibly none
   */
  public abstract List<Observation> observations();

  /**
   * Returns the inputs of the formulas: the attainment's first, then the trajectory's.
   *
   * @return the inputs, possibly none
   */
  public abstract List<Input> inputs();

  /**
   * Returns the result in a sentence.
   *
   * @return the sentence in Vietnamese and English
   */
  public abstract Label sentence();

  /**
   * Returns remarks: where the baseline came from, how the level was read, the status of the
   * values used.
   *
   * @return the notes, possibly none
   */
  public abstract List<Label> notes();

  @Override
  public final boolean equals(Object another) {
    if (this == another) {
      return true;
    }
    if (!(another instanceof Explanation)) {
      return false;
    }
    Explanation e = (Explanation) another;
    return observations().equals(e.observations()) && inputs().equals(e.inputs())
        && sentence().equals(e.sentence()) && notes().equals(e.notes());
  }

  @Override
  public final int hashCode() {
    int h = 5381;
    h += (h << 5) + observations().hashCode();
    h += (h << 5) + inputs().hashCode();
    h += (h << 5) + sentence().hashCode();
    h += (h << 5) + notes().hashCode();
    return h;
  }

  @Override
  public String toString() {
    return "Explanation{" + sentence().en() + "}";
  }

  /** An explanation built when first read. */
  private static final class Lazy extends Explanation {
    private final Supplier<Explanation> built;

    Lazy(Supplier<Explanation> built) {
      this.built = built;
    }

    @Override
    public List<Observation> observations() {
      return built.get().observations();
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

  /** Builds an {@link Explanation}: the sentence is required. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }

  /**
   * One number that went into a formula, with the symbol the formula gives it and what it means:
   * {@code v = 83} ("giá trị" / "value"), {@code t = 95}, {@code R = 0.72}.
   *
   * <p>Explanations list their inputs in a stable order, the order of the formula. Obtained from
   * {@link #of(String, double, Label)}; two inputs are equal when symbol, value and meaning are.
   * Immutable and thread-safe.
   */
  public sealed interface Input permits ScoringRecords.Input {

    /**
     * Obtains an input.
     *
     * @param symbol the symbol in the formula, such as {@code v}, {@code t}, {@code b},
     *     {@code CAGR_observed}; not blank
     * @param value the number, finite
     * @param meaning what the number is, in Vietnamese and English
     * @return the input
     * @throws InvalidValueException if the symbol is blank or the value not finite
     */
    static Input of(String symbol, double value, Label meaning) {
      return new ScoringRecords.Input(symbol, value, meaning);
    }

    /**
     * Obtains an input.
     *
     * @param symbol the symbol, not blank
     * @param value the number, finite
     * @param vi what it is, in Vietnamese
     * @param en what it is, in English
     * @return the input
     * @throws InvalidValueException if the symbol is blank or the value not finite
     */
    static Input of(String symbol, double value, String vi, String en) {
      return of(symbol, value, Label.of(vi, en));
    }

    /**
     * Returns the symbol in the formula.
     *
     * @return the symbol, such as {@code v}
     */
    String symbol();

    /**
     * Returns the number.
     *
     * @return the number, finite
     */
    double value();

    /**
     * Returns what the number is.
     *
     * @return its meaning, in Vietnamese and English
     */
    Label meaning();
  }
}
