package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.Objects;

/**
 * What makes a target unique within a plan: its indicator, the level it measures, its horizon
 * and the population it covers. Immutable and thread-safe.
 *
 * @param indicatorCode the indicator's code
 * @param level the level measured
 * @param horizon the horizon
 * @param populationCode the code of the population covered
 */
public record TargetKey(String indicatorCode, AdministrativeLevel level, Horizon horizon,
    String populationCode) {

  /**
   * Validates the key.
   *
   * @param indicatorCode the indicator's code
   * @param level the level measured
   * @param horizon the horizon
   * @param populationCode the population's code
   */
  public TargetKey {
    Objects.requireNonNull(indicatorCode, "TargetKey.indicatorCode");
    Objects.requireNonNull(level, "TargetKey.level");
    Objects.requireNonNull(horizon, "TargetKey.horizon");
    Objects.requireNonNull(populationCode, "TargetKey.populationCode");
  }

  @Override
  public String toString() {
    return indicatorCode + "@" + level.name().toLowerCase(java.util.Locale.ROOT) + "/" + horizon
        + (populationCode.equals(Population.EVERYONE.code()) ? "" : "/" + populationCode);
  }
}
