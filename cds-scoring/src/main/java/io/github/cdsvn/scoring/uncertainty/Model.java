package io.github.cdsvn.scoring.uncertainty;

import java.util.Objects;
import java.util.function.ToDoubleFunction;

/**
 * A model whose sensitivity {@link Sensitivity} estimates: a function from a point of the unit
 * hypercube [0, 1)<sup>D</sup> to one or more real outputs.
 *
 * <p>The point has one coordinate per column of the factors, in the factors' order (a factor of
 * width 3 owns three consecutive columns); its coordinates are independent and uniform on
 * [0, 1). A model maps them to whatever it studies, for instance a weight
 * {@code w = 1 + 0.5·(2u − 1)} or a choice {@code floor(u·k)} among k options.
 *
 * <p>A model is called from several threads at once and must be thread-safe; it must not keep
 * or modify the array it is given; the same point must always give the same outputs, or the
 * analysis is not reproducible. Outputs must be finite.
 */
@FunctionalInterface
public interface Model {

  /**
   * Evaluates the model at a point.
   *
   * @param point the point, one coordinate per column, each in [0, 1)
   * @return the outputs, as many as the analysis declares, each finite
   */
  double[] evaluate(double[] point);

  /**
   * Wraps a model with one output.
   *
   * @param function the function of the point
   * @return the model
   */
  static Model scalar(ToDoubleFunction<double[]> function) {
    Objects.requireNonNull(function, "function");
    return point -> new double[] {function.applyAsDouble(point)};
  }
}
