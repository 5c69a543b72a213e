package io.github.cdsvn.core.indicator;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.ValueStyle;
import org.immutables.value.Value;

/**
 * A quantity that plans set targets for and that is observed over time, such as the share of
 * province-level work records processed online.
 *
 * <p>An indicator has a stable code (lower-case, dotted: {@code gov.work-records.online}),
 * labels in Vietnamese and English, a {@link Measure}, a {@link Direction} and a
 * {@link Pillar}. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * Indicator workRecords = Indicator.builder()
 *     .code("gov.work-records.online")
 *     .label(Label.of("Tỷ lệ hồ sơ công việc được xử lý trên môi trường mạng",
 *         "Share of work records processed online"))
 *     .measure(Measure.percent())
 *     .direction(Direction.HIGHER_IS_BETTER)
 *     .pillar(Pillar.DIGITAL_GOVERNMENT)
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe. A rank is always lower-is-better; building a higher-is-better
 * rank is refused.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Indicator {

  Indicator() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the stable code that identifies this indicator in a catalogue.
   *
   * @return the code, for example {@code gov.work-records.online}
   */
  public abstract String code();

  /**
   * Returns the name of this indicator.
   *
   * @return the Vietnamese and English name
   */
  public abstract Label label();

  /**
   * Returns what this indicator measures.
   *
   * @return the measure
   */
  public abstract Measure measure();

  /**
   * Returns whether higher or lower values are better.
   *
   * @return the direction
   */
  public abstract Direction direction();

  /**
   * Returns the pillar this indicator is scored under.
   *
   * @return the pillar
   */
  public abstract Pillar pillar();

  @Value.Check
  void check() {
    InvalidValueException.requireCode("Indicator.code", code());
    if (measure().kind() == Measure.Kind.RANK && direction() != Direction.LOWER_IS_BETTER) {
      throw new InvalidValueException("Indicator.direction", direction(),
          "a rank is lower-is-better; indicator " + code());
    }
  }

  @Override
  public String toString() {
    return "Indicator{" + code() + ", " + measure() + ", " + direction() + ", " + pillar() + "}";
  }

  /** Builds an {@link Indicator}; every attribute is required. */
  public static final class Builder extends ImmutableIndicator.Builder {
    Builder() {}
  }
}
