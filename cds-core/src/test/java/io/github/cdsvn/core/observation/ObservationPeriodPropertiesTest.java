package io.github.cdsvn.core.observation;

import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.cdsvn.core.testing.CoreGenerators;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ObservationPeriodPropertiesTest {

  @Test
  void periodsReadBackFromTheirText() {
    qt().forAll(CoreGenerators.periods()).checkAssert(p -> {
      ObservationPeriod read = ObservationPeriod.parse(p.toString());
      assertEqualValues(p, read);
      assertThat(ObservationPeriod.parse("  " + p + " ")).isEqualTo(p);
    });
  }

  @Test
  void aYearEndsOnItsLastDayAndDiffersFromThatDay() {
    qt().forAll(CoreGenerators.awkwardYears()).checkAssert(year -> {
      if (year < 1945 || year > 2100) {
        assertRefused(() -> ObservationPeriod.ofYear(year), "ObservationPeriod.year", year);
        return;
      }
      ObservationPeriod p = ObservationPeriod.ofYear(year);
      assertThat(p.endDate()).isEqualTo(LocalDate.of(year, 12, 31));
      assertThat(p.isYear()).isTrue();
      assertThat(p.year()).isEqualTo(year);
      ObservationPeriod lastDay = ObservationPeriod.ofDate(p.endDate());
      assertDifferentValues(p, lastDay);
      assertThat(lastDay.compareTo(p)).isNegative();
    });
  }

  @Test
  void periodsAreOrderedByEndDateConsistentlyWithEquals() {
    qt().forAll(CoreGenerators.periods(), CoreGenerators.periods()).checkAssert((a, b) -> {
      int c = a.compareTo(b);
      assertThat(Integer.signum(c)).isEqualTo(-Integer.signum(b.compareTo(a)));
      assertThat(c == 0).isEqualTo(a.equals(b));
      if (!a.endDate().equals(b.endDate())) {
        assertThat(Integer.signum(c)).isEqualTo(Integer.signum(a.endDate().compareTo(b.endDate())));
      }
      if (a.equals(b)) {
        assertThat(a.hashCode()).isEqualTo(b.hashCode());
      }
    });
  }
}
