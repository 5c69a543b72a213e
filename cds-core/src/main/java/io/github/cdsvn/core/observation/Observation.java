package io.github.cdsvn.core.observation;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One observed value of an indicator for a unit and a period.
 *
 * <p>The unit is given by its code, read on the period's end date. What is measured is the
 * unit's own level unless {@link #measuredLevel()} says otherwise (district-level work records
 * of a province). For shares, the numerator
 * and denominator can be kept beside the percentage, so that higher levels can be computed
 * exactly from summed counts; {@link #ofShare} derives the percentage from them.
 *
 * <pre>{@code
 * Observation o = Observation.builder()
 *     .unitCode("44").indicator(workRecords).period(ObservationPeriod.ofYear(2024))
 *     .value(87.5).status(Status.PROVISIONAL).source("Sở TT&TT")
 *     .build();
 * }</pre>
 *
 * <p>Checked when built: the value must be valid for the indicator's measure (no NaN, no
 * percentage above 100, no negative count); numerator and denominator come together, only for
 * percentages, with {@code 0 <= numerator <= denominator}, {@code denominator > 0}, and a value
 * within {@value #SHARE_TOLERANCE} percentage points of {@code 100 × numerator / denominator}.
 * Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Observation {
  /** How far, in percentage points, a stated share may be from its numerator and denominator. */
  public static final double SHARE_TOLERANCE = 0.05;

  Observation() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * An observation of a value, final, without source.
   *
   * @param unitCode the unit's code
   * @param indicator the indicator
   * @param period the period
   * @param value the value
   * @return the observation
   */
  public static Observation of(String unitCode, Indicator indicator, ObservationPeriod period,
      double value) {
    return builder().unitCode(unitCode).indicator(indicator).period(period).value(value).build();
  }

  /**
   * An observation of a share from its numerator and denominator, the value being
   * {@code 100 × numerator / denominator}.
   *
   * @param unitCode the unit's code
   * @param indicator a percent indicator
   * @param period the period
   * @param numerator the count that meets the criterion
   * @param denominator the count of all, above 0
   * @return the observation
   */
  public static Observation ofShare(String unitCode, Indicator indicator, ObservationPeriod period,
      double numerator, double denominator) {
    InvalidValueException.requireNonNegative("Observation.numerator", numerator);
    InvalidValueException.requireFinite("Observation.denominator", denominator);
    if (denominator <= 0) {
      throw new InvalidValueException("Observation.denominator", denominator, "must be above 0");
    }
    if (numerator > denominator) {
      throw new InvalidValueException("Observation.numerator", numerator,
          "must not exceed the denominator " + InvalidValueException.number(denominator));
    }
    return builder().unitCode(unitCode).indicator(indicator).period(period)
        .value(share(numerator, denominator)).numerator(numerator).denominator(denominator).build();
  }

  /**
   * Returns {@code 100 × numerator / denominator}, dividing first: for {@code numerator <=
   * denominator} the result never exceeds 100 and never overflows, where multiplying first can
   * give 100.00000000000001 for equal counts or infinity for huge ones.
   */
  private static double share(double numerator, double denominator) {
    return numerator / denominator * 100;
  }

  /**
   * Returns the code of the observed unit, read on {@link #date()}.
   *
   * @return the unit code
   */
  public abstract String unitCode();

  /**
   * Returns the observed indicator.
   *
   * @return the indicator
   */
  public abstract Indicator indicator();

  /**
   * Returns the period observed.
   *
   * @return the period
   */
  public abstract ObservationPeriod period();

  /**
   * Returns the observed value, in the indicator's measure.
   *
   * @return the value
   */
  public abstract double value();

  /**
   * Returns, for a share, the count that meets the criterion.
   *
   * @return the numerator, or empty
   */
  public abstract OptionalDouble numerator();

  /**
   * Returns, for a share, the count of all.
   *
   * @return the denominator, or empty
   */
  public abstract OptionalDouble denominator();

  /**
   * Returns the level of what was measured, where it is not the observed unit's own level: the
   * share of <em>district-level</em> work records in a province is observed for the province with
   * measured level {@link AdministrativeLevel#DISTRICT}.
   *
   * @return the measured level, or empty for the unit's own level
   */
  public abstract Optional<AdministrativeLevel> measuredLevel();

  /**
   * Returns where the value comes from.
   *
   * @return the source, or empty
   */
  public abstract Optional<String> source();

  /**
   * Returns how firm the value is.
   *
   * @return the status; {@link Status#FINAL} unless set
   */
  @Value.Default
  public Status status() {
    return Status.FINAL;
  }

  /**
   * Returns the day the value counts as observed: the period's end date.
   *
   * @return the date
   */
  public final LocalDate date() {
    return period().endDate();
  }

  @Value.Check
  Observation check() {
    InvalidValueException.requireNonBlank("Observation.unitCode", unitCode());
    source().ifPresent(s -> InvalidValueException.requireNonBlank("Observation.source", s));
    if (!indicator().measure().isValid(value())) {
      // the field's name is built only when the value is refused: observations are checked on
      // every read from an observation set
      indicator().measure().validate("Observation.value (" + indicator().code() + ")", value());
    }
    if (numerator().isPresent() != denominator().isPresent()) {
      throw new InvalidValueException(numerator().isPresent() ? "Observation.denominator" : "Observation.numerator",
          "none", "numerator and denominator come together");
    }
    if (numerator().isPresent()) {
      double n = InvalidValueException.requireNonNegative("Observation.numerator", numerator().getAsDouble());
      double d = InvalidValueException.requireFinite("Observation.denominator", denominator().getAsDouble());
      if (indicator().measure().kind() != Measure.Kind.PERCENT) {
        throw new InvalidValueException("Observation.numerator", n,
            "only percent indicators have numerator and denominator; " + indicator().code()
                + " is " + indicator().measure());
      }
      if (d <= 0) {
        throw new InvalidValueException("Observation.denominator", d, "must be above 0");
      }
      if (n > d) {
        throw new InvalidValueException("Observation.numerator", n,
            "must not exceed the denominator " + InvalidValueException.number(d));
      }
      double share = share(n, d);
      if (Math.abs(share - value()) > SHARE_TOLERANCE) {
        throw new InvalidValueException("Observation.value", value(),
            "must equal 100 × numerator / denominator = " + share + " within " + SHARE_TOLERANCE);
      }
    }
    if (isNegativeZero(value()) || isNegativeZero(numerator().orElse(0))) {
      // -0.0 and 0.0 mean the same observation: keep one of them, so equality and duplicate
      // detection do not tell them apart
      return builder().from(this).value(value() + 0.0)
          .numerator(numerator().isPresent() ? OptionalDouble.of(numerator().getAsDouble() + 0.0) : OptionalDouble.empty())
          .build();
    }
    return this;
  }

  private static boolean isNegativeZero(double d) {
    return d == 0 && Double.doubleToRawLongBits(d) != 0;
  }

  @Override
  public String toString() {
    return "Observation{" + unitCode() + ", " + indicator().code()
        + measuredLevel().map(l -> "@" + l.name().toLowerCase(java.util.Locale.ROOT)).orElse("")
        + ", " + period() + " = "
        + InvalidValueException.number(value()) + (status() == Status.FINAL ? "" : ", " + status()) + "}";
  }

  /** Builds an {@link Observation}: unit code, indicator, period and value are required. */
  public static final class Builder extends ImmutableObservation.Builder {
    Builder() {}
  }

  /** How firm an observed value is. */
  public enum Status {
    /** Published and final (chính thức). */
    FINAL(Label.of("chính thức", "final")),
    /** Published but subject to revision (sơ bộ). */
    PROVISIONAL(Label.of("sơ bộ", "provisional")),
    /** Estimated rather than measured (ước tính). */
    ESTIMATE(Label.of("ước tính", "estimate")),
    /** Made up to illustrate the library; never a real figure (minh họa). */
    ILLUSTRATIVE(Label.of("minh họa", "illustrative"));

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
  }
}
