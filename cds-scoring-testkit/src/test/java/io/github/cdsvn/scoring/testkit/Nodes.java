package io.github.cdsvn.scoring.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;

/** The dynamic tests a builder returns, read once into lists, and run outside JUnit's engine. */
final class Nodes {
  private Nodes() {}

  /** A container of the builder: its name and its tests. */
  record Law(String name, List<DynamicTest> tests) {}

  /** The builder's containers, each with its tests. */
  static List<Law> laws(Stream<DynamicContainer> built) {
    return built.map(c -> new Law(c.getDisplayName(), c.getChildren().map(DynamicTest.class::cast).toList()))
        .toList();
  }

  /** The names of the containers. */
  static List<String> names(List<Law> laws) {
    return laws.stream().map(Law::name).toList();
  }

  /** Every test of the containers, in order. */
  static List<DynamicTest> tests(List<Law> laws) {
    return laws.stream().flatMap(l -> l.tests().stream()).toList();
  }

  /** The failures of running every test: the test's name, then the message of what it threw. */
  static List<String> failures(List<DynamicTest> tests) {
    List<String> failures = new ArrayList<>();
    for (DynamicTest t : tests) {
      try {
        t.getExecutable().execute();
      } catch (Throwable e) {
        failures.add(t.getDisplayName() + " -> " + e.getMessage());
      }
    }
    return failures;
  }
}
