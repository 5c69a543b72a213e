/**
 * The scoring engine's implementation, not exported by the module {@code io.github.cdsvn.scoring}:
 * the engine behind {@code Scorer} ({@code Engine}), the built-in attainment rules
 * ({@code Rules}), trajectory method ({@code CompoundGrowthMethod}) and aggregators
 * ({@code Means}), the provider that registers them ({@code BuiltInProvider}) and the ordered
 * list of providers a scorer looks names up in ({@code Providers}), the sentences and numbers of
 * the explanations in Vietnamese and English ({@code Sentences}, {@code Texts}), and the
 * Immutables style of the results ({@code ScoringStyle}).
 *
 * <p>Nothing here is part of the API: it may change in any release.
 */
package io.github.cdsvn.scoring.internal;
