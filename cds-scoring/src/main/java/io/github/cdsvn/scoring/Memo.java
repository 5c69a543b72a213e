package io.github.cdsvn.scoring;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A value built by a function the first time it is asked for, once, whichever thread asks first;
 * every later call returns the same value. Thread-safe.
 *
 * @param <T> the type of the value
 */
final class Memo<T> {
  private Supplier<? extends T> build;
  private volatile T value;

  Memo(Supplier<? extends T> build) {
    this.build = Objects.requireNonNull(build, "build");
  }

  T get() {
    T v = value;
    if (v != null) {
      return v;
    }
    synchronized (this) {
      v = value;
      if (v == null) {
        v = Objects.requireNonNull(build.get(), "the value built");
        value = v;
        build = null;
      }
      return v;
    }
  }
}
