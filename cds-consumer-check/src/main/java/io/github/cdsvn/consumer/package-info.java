/**
 * A user of the published jars of cds: {@link io.github.cdsvn.consumer.PlanScores} reads a plan
 * (JSON) and its observations (CSV) and scores the plan, as an application that depends on
 * {@code cds-scoring} and Jackson would.
 */
package io.github.cdsvn.consumer;
