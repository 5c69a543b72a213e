package io.github.cdsvn.scoring.testkit;

import io.github.cdsvn.core.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws of the generators, from one {@link SplittableRandom}: deterministic for its
 * seed. Not thread-safe: each case is drawn from a draw of its own.
 */
final class Draw {
  private final SplittableRandom random;

  private Draw(SplittableRandom random) {
    this.random = random;
  }

  /**
   * The draws of {@code count} cases from one seed, one split of the seed's generator per case,
   * so that the first cases do not depend on how many are drawn.
   */
  static List<Draw> perCase(long seed, int count, String field) {
    InvalidValueException.requireInRange(field, count, 0, Integer.MAX_VALUE);
    SplittableRandom root = new SplittableRandom(seed);
    List<Draw> draws = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      draws.add(new Draw(root.split()));
    }
    return draws;
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A number from 0 (inclusive) to 1 (exclusive). */
  double unit() {
    return random.nextDouble();
  }

  /** A number from {@code min} to {@code max}, both finite, without overflow for wide ranges. */
  double between(double min, double max) {
    double u = random.nextDouble();
    return Math.max(min, Math.min(max, min * (1 - u) + max * u));
  }

  /** An integer from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return (int) random.nextLong(min, (long) max + 1);
  }

  /** One of the elements, each as likely. */
  <T> T pick(List<T> elements) {
    return elements.get(between(0, elements.size() - 1));
  }

  /** One of the numbers, each as likely. */
  double pick(double... numbers) {
    return numbers[between(0, numbers.length - 1)];
  }
}
