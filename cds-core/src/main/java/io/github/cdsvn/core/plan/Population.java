package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.internal.Checks;
import java.util.Objects;

/**
 * Whom or what a target covers, where it is narrower than "everyone": adults
 * ("người dân trưởng thành"), people aged 14 and over, residential areas of towns, tourist sites
 * and industrial zones.
 *
 * <p>Two targets of one plan may share indicator, level and horizon if they cover different
 * populations. Identified by code; immutable and thread-safe.
 *
 * @param code a lower-case code, for example {@code "adults"}
 * @param label the Vietnamese phrase as the plan writes it, and its English meaning
 */
public record Population(String code, Label label) {
  /** Everyone the indicator is defined over: the default. */
  public static final Population EVERYONE = new Population("all", Label.of("toàn bộ", "everyone"));

  /**
   * Validates the population.
   *
   * @param code a lower-case code
   * @param label the label
   */
  public Population {
    Checks.code("Population.code", code);
    Objects.requireNonNull(label, "Population.label");
  }

  /**
   * Obtains a population.
   *
   * @param code a lower-case code, for example {@code "aged-14-plus"}
   * @param vi the Vietnamese phrase, for example {@code "người dân từ 14 tuổi trở lên"}
   * @param en the English meaning
   * @return the population
   */
  public static Population of(String code, String vi, String en) {
    return new Population(code, Label.of(vi, en));
  }

  @Override
  public String toString() {
    return code;
  }
}
