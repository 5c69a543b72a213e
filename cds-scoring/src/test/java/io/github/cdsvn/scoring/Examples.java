package io.github.cdsvn.scoring;

/**
 * The number of examples a property tries: the number its test asks for, or fewer where the build
 * sets a cap with the system property {@value #MAX}. Mutation testing sets it, since it runs each
 * test once for every mutant the test reaches; the normal build leaves it unset, so that every
 * property tries the examples its test asks for.
 */
public final class Examples {
  /** The system property that caps the examples of every property. */
  public static final String MAX = "cds.examples.max";

  private Examples() {}

  /**
   * Returns the examples to try.
   *
   * @param wanted the examples the test asks for
   * @return {@code wanted}, or the cap where it is set and lower
   */
  public static int upTo(int wanted) {
    Integer max = Integer.getInteger(MAX);
    return max == null ? wanted : Math.min(wanted, max);
  }

  /**
   * Tells whether the cap cuts a number of examples: a check of what a generator reaches over
   * all of them holds only where all of them run.
   *
   * @param wanted the examples the test asks for
   * @return whether fewer run
   */
  public static boolean capped(int wanted) {
    return upTo(wanted) < wanted;
  }
}
