/**
 * A user of the published jars of cds: {@link io.github.cdsvn.consumer.PlanScores} reads a plan
 * (JSON) and its observations (CSV) and scores the plan, as an application that depends on
 * {@code cds-scoring} and Jackson would; {@link io.github.cdsvn.consumer.TenthsRule} is a rule of its
 * own, which its tests check against the laws of {@code cds-scoring-testkit}.
 */
package io.github.cdsvn.consumer;
