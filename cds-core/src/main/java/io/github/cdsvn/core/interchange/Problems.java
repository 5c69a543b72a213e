package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidDataException;
import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file; stops the reading once {@link Limits#MAX_PROBLEMS} are found. */
final class Problems {
  private final String what;
  private final List<InvalidDataException.Problem> list = new ArrayList<>();

  Problems(String what) {
    this.what = what;
  }

  /** Thrown to stop reading: a fatal problem, or too many problems. */
  static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  void add(String location, String message) {
    if (list.size() == Limits.MAX_PROBLEMS) {
      list.add(InvalidDataException.Problem.of(location, "more than " + Limits.MAX_PROBLEMS
          + " problems; reading stopped here"));
      throw new Stop();
    }
    list.add(InvalidDataException.Problem.of(location, message));
  }

  /** Adds a problem after which the file cannot be read further, and stops. */
  Stop fatal(String location, String message) {
    if (list.size() <= Limits.MAX_PROBLEMS) {
      list.add(InvalidDataException.Problem.of(location, message));
    }
    return new Stop();
  }

  boolean isEmpty() {
    return list.isEmpty();
  }

  int size() {
    return list.size();
  }

  /** Throws the exception listing every problem, if there is any. */
  void throwIfAny() {
    if (!list.isEmpty()) {
      throw exception();
    }
  }

  InvalidDataException exception() {
    return new InvalidDataException(what, list);
  }
}
