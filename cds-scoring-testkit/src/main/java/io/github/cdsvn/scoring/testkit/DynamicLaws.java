package io.github.cdsvn.scoring.testkit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/**
 * The dynamic tests of {@link RuleTests} and {@link AggregatorTests}: one container per law, one
 * test per case, each named by the law and the case. This class has only static methods.
 */
final class DynamicLaws {
  private DynamicLaws() {}

  /**
   * A container named by the laws' words, holding one test per case that the law applies to,
   * named {@code "<law>, case <i> of <n>: <case>"} with {@code i} the case's place among all
   * {@code n} cases.
   */
  static <T> DynamicContainer law(List<String> laws, List<T> cases, Predicate<T> applies, Consumer<T> check) {
    String title = title(laws);
    List<DynamicTest> tests = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      T c = cases.get(i);
      if (applies.test(c)) {
        tests.add(DynamicTest.dynamicTest(title + ", case " + (i + 1) + " of " + cases.size() + ": " + c,
            () -> check.accept(c)));
      }
    }
    return DynamicContainer.dynamicContainer(String.join("; ", laws), tests);
  }

  /** A container named by the laws' words, holding one test that needs no case. */
  static DynamicContainer law(List<String> laws, Runnable check) {
    return DynamicContainer.dynamicContainer(String.join("; ", laws),
        List.of(DynamicTest.dynamicTest(title(laws), check::run)));
  }

  /** The laws' short names: the words of each before its colon, without repeats. */
  private static String title(List<String> laws) {
    Set<String> titles = new LinkedHashSet<>();
    for (String law : laws) {
      int colon = law.indexOf(':');
      titles.add(colon < 0 ? law : law.substring(0, colon));
    }
    return String.join(", ", titles);
  }
}
