/**
 * The service-provider interface of the scoring engine: what attainment rules, trajectory methods
 * and aggregators implement, the inputs they receive, and {@link
 * io.github.cdsvn.scoring.spi.ScoringProvider}, through which {@link java.util.ServiceLoader}
 * finds them.
 *
 * <p>The built-in implementations are obtained from the interfaces' static factories
 * ({@link io.github.cdsvn.scoring.spi.AttainmentRule#distanceToTarget()},
 * {@link io.github.cdsvn.scoring.spi.Aggregator#geometric()},
 * {@link io.github.cdsvn.scoring.spi.TrajectoryMethod#compoundGrowth()}, …). The laws every
 * implementation obeys are checked by reusable contracts published in cds-scoring's test-jar.
 */
package io.github.cdsvn.scoring.spi;
