package io.github.cdsvn.core;

import io.github.cdsvn.core.internal.Checks;

/**
 * One problem found in input data, with where it was found.
 *
 * <p>The location is written for a person: a file with line and column
 * ({@code plans/quang-binh.json:12:7}), a row and field of a table, or the position of an item
 * given to a builder ({@code units[12] (code 24)}). Immutable and thread-safe.
 *
 * @param location where the problem is, not blank
 * @param message what is wrong, in plain words, not blank
 */
public record Problem(String location, String message) {

  /**
   * Validates the problem.
   *
   * @param location where the problem is
   * @param message what is wrong
   * @throws InvalidValueException if either is blank
   */
  public Problem {
    Checks.nonBlank("Problem.location", location);
    Checks.nonBlank("Problem.message", message);
  }

  /**
   * Obtains a problem.
   *
   * @param location where the problem is
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(String location, String message) {
    return new Problem(location, message);
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
