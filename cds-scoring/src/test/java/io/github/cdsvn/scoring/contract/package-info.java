/**
 * Reusable contracts for implementations of cds-scoring's service-provider interface: the laws
 * every attainment rule ({@link io.github.cdsvn.scoring.contract.AttainmentRuleContract}) and
 * every aggregator ({@link io.github.cdsvn.scoring.contract.AggregatorContract}) obeys, as plain
 * checks that throw {@link java.lang.AssertionError}. Published as cds-scoring's test-jar.
 */
package io.github.cdsvn.scoring.contract;
