/**
 * JMH benchmarks of cds, run with {@code ./mvnw -q -pl cds-examples -am -P benchmarks -DskipTests
 * package} from the project root; never part of the build's tests.
 */
package io.github.cdsvn.examples.benchmarks;
