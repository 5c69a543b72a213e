package io.github.cdsvn.core;

/**
 * One problem found in input data, with where it was found.
 *
 * <p>The location is written for a person: a file with line and column
 * ({@code plans/quang-binh.json:12:7}), a row and field of a table, or the position of an item
 * given to a builder ({@code units[12] (code 24)}). Two problems are equal when location and
 * message are; {@code toString()} is {@code "location: message"}. Immutable and thread-safe.
 */
public sealed interface Problem permits CoreRecords.Problem {

  /**
   * Obtains a problem.
   *
   * @param location where the problem is, not blank
   * @param message what is wrong, in plain words, not blank
   * @return the problem
   * @throws InvalidValueException if either is blank
   */
  static Problem of(String location, String message) {
    return new CoreRecords.Problem(location, message);
  }

  /**
   * Returns where the problem is.
   *
   * @return the location, not blank
   */
  String location();

  /**
   * Returns what is wrong.
   *
   * @return the message, not blank
   */
  String message();
}
