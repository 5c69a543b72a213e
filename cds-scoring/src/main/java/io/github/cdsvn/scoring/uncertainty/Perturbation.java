package io.github.cdsvn.scoring.uncertainty;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.function.DoubleUnaryOperator;

/**
 * How a weight is drawn in a run: from its nominal value and a number {@code u} uniform on
 * [0, 1), which the analysis draws for each weight independently.
 *
 * <p>The built-ins: {@link #relative(double) relative(r)}, the nominal weight times a factor
 * uniform on [1 − r, 1 + r); {@link #uniform(double, double) uniform(lo, hi)}, a weight uniform on
 * [lo, hi) whatever the nominal one; and {@link #distribution(Label, DoubleUnaryOperator)}, the
 * nominal weight times a factor drawn from any distribution given by its quantile function
 * (inverse distribution function). Only ratios of weights matter: weights are renormalised over
 * what has data.
 *
 * <p>Implementations must be immutable and thread-safe, return the same weight for the same
 * arguments, and return a finite weight, not negative, for every nominal weight and every u in
 * [0, 1).
 */
public interface Perturbation {

  /**
   * Draws a weight.
   *
   * @param nominal the nominal weight, finite and not negative
   * @param u a number in [0, 1)
   * @return the weight, finite and not negative
   */
  double apply(double nominal, double u);

  /**
   * Describes the draw for people, such as "danh nghĩa × U(0,75; 1,25)" / "nominal × U(0.75,
   * 1.25)".
   *
   * @return the description
   */
  Label describe();

  /**
   * The nominal weight times a factor uniform on [1 − r, 1 + r): {@code w·(1 + r·(2u − 1))}. At
   * {@code u = 0.5} the weight is exactly the nominal one.
   *
   * @param r the relative range, from 0 and below 1
   * @return the perturbation
   * @throws InvalidValueException if r is outside [0, 1)
   */
  static Perturbation relative(double r) {
    if (!(r >= 0 && r < 1)) {
      throw new InvalidValueException("Perturbation.relative.r", r, "a relative range, from 0 and below 1");
    }
    Label text = Label.of("danh nghĩa × U(" + Label.number(1 - r, 4).vi() + "; " + Label.number(1 + r, 4).vi() + ")",
        "nominal × U(" + Label.number(1 - r, 4).en() + ", " + Label.number(1 + r, 4).en() + ")");
    return new Perturbation() {
      @Override
      public double apply(double nominal, double u) {
        return nominal * (1 + r * (2 * u - 1));
      }

      @Override
      public Label describe() {
        return text;
      }

      @Override
      public String toString() {
        return text.en();
      }
    };
  }

  /**
   * A weight uniform on [lo, hi), whatever the nominal weight: {@code lo + (hi − lo)·u}.
   *
   * @param lo the smallest weight, finite and not negative
   * @param hi the largest weight, finite and not below lo
   * @return the perturbation
   * @throws InvalidValueException if an end is negative or not finite, or hi is below lo
   */
  static Perturbation uniform(double lo, double hi) {
    if (!(lo >= 0 && lo < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Perturbation.uniform.lo", lo, "a weight, finite and not negative");
    }
    if (!(hi >= lo && hi < Double.POSITIVE_INFINITY)) {
      throw new InvalidValueException("Perturbation.uniform.hi", hi, "a weight, finite and not below " + lo);
    }
    Label text = Label.of("U(" + Label.number(lo, 4).vi() + "; " + Label.number(hi, 4).vi() + ")",
        "U(" + Label.number(lo, 4).en() + ", " + Label.number(hi, 4).en() + ")");
    return new Perturbation() {
      @Override
      public double apply(double nominal, double u) {
        return lo + (hi - lo) * u;
      }

      @Override
      public Label describe() {
        return text;
      }

      @Override
      public String toString() {
        return text.en();
      }
    };
  }

  /**
   * The nominal weight times a factor drawn from a distribution given by its quantile function:
   * {@code w·q(u)}. The analysis checks every weight drawn, and stops with an
   * {@link InvalidValueException} naming the factor if one is negative or not finite.
   *
   * @param name the distribution's name, such as "nominal × Beta(2, 2) on [0.5, 1.5]"
   * @param quantile the quantile function on [0, 1), thread-safe, giving factors finite and not
   *     negative
   * @return the perturbation
   */
  static Perturbation distribution(Label name, DoubleUnaryOperator quantile) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(quantile, "quantile");
    return new Perturbation() {
      @Override
      public double apply(double nominal, double u) {
        return nominal * quantile.applyAsDouble(u);
      }

      @Override
      public Label describe() {
        return name;
      }

      @Override
      public String toString() {
        return name.en();
      }
    };
  }
}
