package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.scoring.internal.ScoringStyle;
import java.util.List;
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
 * between thousands), in the English one the English way. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ScoringStyle
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
   * Returns the observations the result was computed from, oldest first: the series from the
   * baseline (or the first observation) to the latest on or before the as-of date.
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
  public String toString() {
    return "Explanation{" + sentence().en() + "}";
  }

  /** Builds an {@link Explanation}: the sentence is required. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
