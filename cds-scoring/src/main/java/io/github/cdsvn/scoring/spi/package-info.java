/**
 * The service-provider interface of the scoring engine: {@link
 * io.github.cdsvn.scoring.spi.ScoringProvider}, through which {@link java.util.ServiceLoader}
 * finds attainment rules, trajectory methods, aggregators and profiles that other teams write.
 *
 * <p>What such providers offer implements the interfaces of {@link io.github.cdsvn.scoring}
 * ({@link io.github.cdsvn.scoring.AttainmentRule}, {@link io.github.cdsvn.scoring.TrajectoryMethod},
 * {@link io.github.cdsvn.scoring.Aggregator}); the built-in ones are obtained from those
 * interfaces' static factories and need no provider.
 */
package io.github.cdsvn.scoring.spi;
