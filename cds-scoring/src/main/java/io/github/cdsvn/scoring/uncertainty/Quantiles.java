package io.github.cdsvn.scoring.uncertainty;

/** Quantiles of samples, interpolated between order statistics. */
final class Quantiles {
  private Quantiles() {}

  /**
   * The p-quantile of sorted numbers, interpolated linearly between order statistics: with
   * {@code h = (n − 1)·p}, {@code x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋])} (Hyndman and Fan's
   * type 7, the default of R).
   */
  static double at(double[] sorted, double p) {
    int n = sorted.length;
    if (n == 1) {
      return sorted[0];
    }
    double h = (n - 1) * p;
    int lo = (int) Math.floor(h);
    if (lo >= n - 1) {
      return sorted[n - 1];
    }
    double frac = h - lo;
    return frac == 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
  }
}
