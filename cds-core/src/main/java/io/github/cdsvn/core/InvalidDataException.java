package io.github.cdsvn.core;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when input data has problems: it lists every problem found, each with its location,
 * and nothing of the input was loaded.
 *
 * <p>Loaders and builders of whole data sets (a unit registry, an observation set, a file)
 * check everything before they throw, so one run shows every problem rather than the first.
 *
 * <p>This class is immutable and thread-safe.
 */
public class InvalidDataException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems, at least one. */
  private final ImmutableList<Problem> problems;

  /**
   * Creates an exception listing problems.
   *
   * @param what what was being loaded, for example {@code "unit registry"}
   * @param problems the problems found, at least one
   * @throws InvalidValueException if {@code problems} is empty
   */
  public InvalidDataException(String what, List<Problem> problems) {
    super(message(what, problems));
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String what, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new InvalidValueException("InvalidDataException.problems", "[]", "must list at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append(what).append(": ").append(problems.size())
        .append(problems.size() == 1 ? " problem, nothing loaded" : " problems, nothing loaded");
    for (Problem p : problems) {
      sb.append(System.lineSeparator()).append("  ").append(p);
    }
    return sb.toString();
  }

  /**
   * Returns every problem found, in the order found.
   *
   * @return the problems, at least one
   */
  public ImmutableList<Problem> problems() {
    return problems;
  }

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
}
