package io.github.cdsvn.scoring;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.scoring.Normalisation.Method;
import io.github.cdsvn.scoring.Normalisation.Result;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.DoubleUnaryOperator;

/**
 * Applies a {@link Normalisation} to one data set: checks the values, works out the scale from
 * the values present (sorted, so that the order of the input changes nothing) and writes the
 * note of a degenerate data set.
 */
final class Normaliser {
  private Normaliser() {}

  /**
   * Normalises values, one per unit.
   *
   * @param normalisation the normalisation
   * @param values the values, empty where missing
   * @param where the field of each value, for messages
   * @param codes the units' codes, one per value, or none where the values are given by position
   * @param direction whether higher or lower values are better
   */
  static Result normalise(Normalisation normalisation, List<OptionalDouble> values, List<String> where,
      ImmutableList<String> codes, Direction direction) {
    Method method = normalisation.method();
    int size = values.size();
    double[] x = new double[size];
    boolean[] present = new boolean[size];
    int n = 0;
    for (int i = 0; i < size; i++) {
      OptionalDouble v = Objects.requireNonNull(values.get(i), where.get(i));
      if (v.isPresent()) {
        double d = v.getAsDouble();
        if (!Double.isFinite(d)) {
          throw new InvalidValueException(where.get(i), d, "must be a finite number, or empty where missing");
        }
        if (method == Method.FRACTION_OF_MAXIMUM && d < 0) {
          throw new InvalidValueException(where.get(i), Label.number(d).en(),
              "the fraction of the maximum needs values of 0 or more");
        }
        x[i] = d + 0.0;
        present[i] = true;
        n++;
      }
    }
    double[] sorted = new double[n];
    int k = 0;
    for (int i = 0; i < size; i++) {
      if (present[i]) {
        sorted[k++] = x[i];
      }
    }
    Arrays.sort(sorted);
    Scale scale = n == 0 ? Scale.none() : scale(normalisation, sorted, direction);
    ImmutableList.Builder<OptionalDouble> out = ImmutableList.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      if (!present[i]) {
        out.add(OptionalDouble.empty());
        continue;
      }
      double y = scale.apply(x[i]) + 0.0;
      if (!Double.isFinite(y)) {
        throw new InvalidValueException(where.get(i), Label.number(x[i]).en(),
            "normalised by " + normalisation.label().en() + " it is not a finite number; the parameters are too large");
      }
      out.add(OptionalDouble.of(y));
    }
    return ImmutableNormalisation.Result.of(normalisation, direction, out.build(), codes, n,
        Optional.ofNullable(scale.degenerate));
  }

  /** The transformation of one data set, with a note when the data set is degenerate. */
  private static final class Scale {
    final DoubleUnaryOperator f;
    final Label degenerate;

    Scale(DoubleUnaryOperator f, Label degenerate) {
      this.f = f;
      this.degenerate = degenerate;
    }

    static Scale none() {
      return new Scale(v -> v, null);
    }

    double apply(double v) {
      return f.applyAsDouble(v);
    }
  }

  private static Scale scale(Normalisation normalisation, double[] data, Direction direction) {
    Method method = normalisation.method();
    double a = normalisation.a();
    double b = normalisation.b();
    boolean capped = normalisation.capped();
    // Ratios do not change when every number is scaled by the same power of two, and such a
    // scaling is exact: scale very large numbers down so that no difference or sum overflows.
    double largest = Math.max(Math.abs(data[0]), Math.abs(data[data.length - 1]));
    if (method == Method.DISTANCE_TO_TARGET || method == Method.GOALPOSTS) {
      largest = Math.max(largest, Math.max(Math.abs(a), Math.abs(b)));
    }
    int shift = largest > 0x1p500 ? Math.getExponent(largest) : 0;
    double[] sorted = new double[data.length];
    for (int i = 0; i < data.length; i++) {
      sorted[i] = Math.scalb(data[i], -shift);
    }
    DoubleUnaryOperator in = v -> Math.scalb(v, -shift);
    double pa = Math.scalb(a, -shift);
    double pb = Math.scalb(b, -shift);
    int n = sorted.length;
    double min = sorted[0];
    double max = sorted[n - 1];
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    switch (method) {
      case MIN_MAX: {
        if (min == max) {
          double mid = a / 2 + b / 2;
          return new Scale(v -> mid, Label.of(
              "mọi giá trị bằng nhau: mỗi đơn vị nhận điểm giữa khoảng, " + Label.number(mid).vi(),
              "all values are equal: each unit gets the middle of the range, " + Label.number(mid).en()));
        }
        double range = max - min;
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          return (higher ? (x - min) / range : (max - x) / range) * (b / 2 - a / 2) * 2 + a;
        }, null);
      }
      case Z_SCORE: {
        if (min == max) {
          return new Scale(v -> a, Label.of(
              "mọi giá trị bằng nhau: không có độ lệch chuẩn, mỗi đơn vị nhận giá trị trung bình " + Label.number(a).vi(),
              "all values are equal: there is no standard deviation, each unit gets the mean " + Label.number(a).en()));
        }
        double sum = 0;
        for (double v : sorted) {
          sum += v;
        }
        double mean = sum / n;
        double[] squares = new double[n];
        for (int i = 0; i < n; i++) {
          squares[i] = (sorted[i] - mean) * (sorted[i] - mean);
        }
        Arrays.sort(squares);
        double ss = 0;
        for (double s : squares) {
          ss += s;
        }
        double sd = Math.sqrt(ss / (n - 1));
        int sign = direction.sign();
        return new Scale(v -> sign * (in.applyAsDouble(v) - mean) / sd * b + a, null);
      }
      case DISTANCE_TO_TARGET: {
        double target = pa;
        if (higher ? target <= min : target >= max) {
          double worst = higher ? data[0] : data[n - 1];
          return new Scale(v -> 1, Label.of(
              "mục tiêu " + Label.number(a).vi() + " không tốt hơn giá trị kém nhất " + Label.number(worst).vi()
                  + ": mọi đơn vị đã đạt mục tiêu, mỗi đơn vị nhận 1",
              "the target " + Label.number(a).en() + " is no better than the worst value " + Label.number(worst).en()
                  + ": every unit is at or beyond it and gets 1"));
        }
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          double y = higher ? (x - min) / (target - min) : (max - x) / (max - target);
          return capped ? Math.min(y, 1) : y;
        }, null);
      }
      case GOALPOSTS:
        return new Scale(v -> {
          double x = in.applyAsDouble(v);
          double y = higher ? (x - pa) / (pb - pa) : (x - pb) / (pa - pb);
          return Math.max(0, Math.min(1, y));
        }, null);
      case FRACTION_OF_MAXIMUM:
        if (higher) {
          if (max == 0) {
            return new Scale(v -> 1, Label.of("mọi giá trị bằng 0: mỗi đơn vị bằng giá trị tốt nhất, nhận 1",
                "all values are 0: each unit equals the best and gets 1"));
          }
          return new Scale(v -> in.applyAsDouble(v) / max, null);
        }
        if (min == 0) {
          return new Scale(v -> v == 0 ? 1 : 0, Label.of(
              "giá trị tốt nhất bằng 0: các đơn vị bằng 0 nhận 1, các đơn vị khác nhận 0",
              "the best value is 0: units at 0 get 1, every other unit 0"));
        }
        return new Scale(v -> min / in.applyAsDouble(v), null);
      case RANK:
      case PERCENTILE_RANK: {
        double[] goodness = new double[n];
        for (int i = 0; i < n; i++) {
          goodness[i] = direction.sign() * data[i] + 0.0;
        }
        Arrays.sort(goodness);
        boolean percentile = method == Method.PERCENTILE_RANK;
        if (percentile && n == 1) {
          return new Scale(v -> 0, Label.of("chỉ có một giá trị: thứ hạng phần trăm là 0, như một nhóm đồng hạng",
              "only one value: its percentile rank is 0, as for a group of tied units"));
        }
        return new Scale(v -> {
          int worse = lowerBound(goodness, direction.sign() * v + 0.0);
          return percentile ? (double) worse / (n - 1) : worse + 1;
        }, null);
      }
      default:
        throw new AssertionError(method);
    }
  }

  /** The number of elements of an ascending array strictly below a value. */
  private static int lowerBound(double[] ascending, double value) {
    int lo = 0;
    int hi = ascending.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (ascending[mid] < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
