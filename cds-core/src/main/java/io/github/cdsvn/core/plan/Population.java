package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.Label;

/**
 * Whom or what a target covers, where it is narrower than "everyone": adults
 * ("người dân trưởng thành"), people aged 14 and over, residential areas of towns, tourist sites
 * and industrial zones.
 *
 * <p>Two targets of one plan may share indicator, level and horizon if they cover different
 * populations. Two populations are equal when code and label are; {@code toString()} is the
 * code. Immutable and thread-safe.
 */
public sealed interface Population permits PlanRecords.Population {
  /** Everyone the indicator is defined over: the default. */
  Population EVERYONE = new PlanRecords.Population("all", Label.of("toàn bộ", "everyone"));

  /**
   * Obtains a population.
   *
   * @param code a lower-case code, for example {@code "aged-14-plus"}
   * @param vi the Vietnamese phrase, for example {@code "người dân từ 14 tuổi trở lên"}
   * @param en the English meaning
   * @return the population
   * @throws io.github.cdsvn.core.InvalidValueException if the code is malformed or a text blank
   */
  static Population of(String code, String vi, String en) {
    return new PlanRecords.Population(code, Label.of(vi, en));
  }

  /**
   * Returns the code that identifies the population.
   *
   * @return a lower-case code, for example {@code "adults"}
   */
  String code();

  /**
   * Returns the Vietnamese phrase as the plan writes it, and its English meaning.
   *
   * @return the label
   */
  Label label();
}
