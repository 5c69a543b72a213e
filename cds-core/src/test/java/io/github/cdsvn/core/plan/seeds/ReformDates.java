package io.github.cdsvn.core.plan.seeds;

import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.time.LocalDate;

/** The two days either side of the 2025 reform. */
final class ReformDates {
  static final LocalDate LAST_OLD_DAY = AdministrativeLevel.REFORM_DATE.minusDays(1);
  static final LocalDate REFORM = AdministrativeLevel.REFORM_DATE;

  private ReformDates() {}
}
