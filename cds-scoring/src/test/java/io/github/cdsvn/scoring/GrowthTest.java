package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shared arithmetic of yearly growth: years between days, compound and straight-line rates. */
class GrowthTest {
  private static final LocalDate END_2020 = LocalDate.of(2020, 12, 31);
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

  @Test
  void yearsAreWholeYearsThenTheDaysLeftAsAShareOfTheYearThatFollows() {
    assertThat(Growth.years(END_2020, END_2024)).isEqualTo(4.0);
    assertThat(Growth.years(END_2024, LocalDate.of(2025, 6, 30))).isEqualTo(181.0 / 365);
    // 2024 is a leap year: 182 days of a 366-day year
    assertThat(Growth.years(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 6, 30))).isEqualTo(182.0 / 366);
    assertThat(Growth.years(END_2020, LocalDate.of(2022, 3, 31))).isEqualTo(1 + 90.0 / 365);
    assertThat(Growth.years(END_2024, END_2024)).isZero();
  }

  @Test
  void yearsBackwardsAreNegative() {
    assertThat(Growth.years(END_2024, END_2020)).isEqualTo(-4.0);
    assertThat(Growth.years(LocalDate.of(2025, 6, 30), END_2024)).isEqualTo(-181.0 / 365);
  }

  @Test
  void theCompoundRateIsTheYearlyGrowthThatLeadsFromFirstToLast() {
    assertThat(Growth.compoundRate(100, 121, 2).getAsDouble()).isCloseTo(0.10, within(1e-12));
    assertThat(Growth.compoundRate(80, 40, 1).getAsDouble()).isCloseTo(-0.5, within(1e-12));
    assertThat(Growth.compoundRate(50, 50, 3).getAsDouble()).isZero();
    // everything lost: -100% a year
    assertThat(Growth.compoundRate(50, 0, 3).getAsDouble()).isEqualTo(-1.0);
  }

  @Test
  void growingAtTheCompoundRateReachesTheLastValue() {
    qt().forAll(doubles().between(0.01, 1e6), doubles().between(0.01, 1e6), doubles().between(0.1, 30))
        .checkAssert((first, last, years) -> {
          double rate = Growth.compoundRate(first, last, years).getAsDouble();
          assertThat(rate).isGreaterThan(-1);
          // where the value falls steeply in little time the rate is a double near -1, and 1 + rate
          // keeps only a relative precision of ulp(1) / (1 + rate), which the power multiplies by years
          double conditioning = years * Math.ulp(1.0) / (1 + rate);
          assertThat(Growth.compound(first, rate, years)).isCloseTo(last, offset(last * (1e-9 + conditioning)));
        });
  }

  @Test
  void theCompoundRateStaysExactWhereTheRatioOverflowsOrUnderflows() {
    double tiny = Double.MIN_VALUE;
    double huge = 1e300;
    // huge / tiny is infinite, tiny / huge is 0: the rate is still exp(ln(last / first) / years) - 1
    double up = (Math.log(huge) - Math.log(tiny)) / 1000;
    assertThat(Growth.compoundRate(tiny, huge, 1000).getAsDouble()).isCloseTo(Math.expm1(up), within(1e-12));
    assertThat(Growth.compoundRate(huge, tiny, 1000).getAsDouble()).isCloseTo(Math.expm1(-up), within(1e-12))
        .isGreaterThan(-1);
  }

  @Test
  void theCompoundRateIsUndefinedWithoutTimeOrFromZeroOrForNegativeValues() {
    assertThat(Growth.compoundRate(100, 121, 0)).isEmpty();
    assertThat(Growth.compoundRate(100, 121, -2)).isEmpty();
    assertThat(Growth.compoundRate(0, 121, 2)).isEmpty();
    assertThat(Growth.compoundRate(-100, 121, 2)).isEmpty();
    assertThat(Growth.compoundRate(100, -1, 2)).isEmpty();
  }

  @Test
  void theLinearRateIsTheChangePerYear() {
    assertThat(Growth.linearRate(50, 80, 4).getAsDouble()).isEqualTo(7.5);
    assertThat(Growth.linearRate(80, 50, 4).getAsDouble()).isEqualTo(-7.5);
    assertThat(Growth.linearRate(-10, 10, 0.5).getAsDouble()).isEqualTo(40);
    // no overflow where the difference would: each value is divided first
    assertThat(Growth.linearRate(-Double.MAX_VALUE, Double.MAX_VALUE, 4).getAsDouble())
        .isEqualTo(Double.MAX_VALUE / 2);
    assertThat(Growth.linearRate(50, 80, 0)).isEmpty();
    assertThat(Growth.linearRate(50, 80, -1)).isEmpty();
  }

  @Test
  void aRateOfANumberThatIsNotFiniteIsRefusedNamingTheArgument() {
    for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      assertThatThrownBy(() -> Growth.compoundRate(bad, 1, 1)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.first").hasMessageContaining("must be a finite number");
      assertThatThrownBy(() -> Growth.compoundRate(1, bad, 1)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.last");
      assertThatThrownBy(() -> Growth.compoundRate(1, 1, bad)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.years");
      assertThatThrownBy(() -> Growth.linearRate(bad, 1, 1)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.first");
      assertThatThrownBy(() -> Growth.linearRate(1, bad, 1)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.last");
      assertThatThrownBy(() -> Growth.linearRate(1, 1, bad)).isInstanceOf(InvalidValueException.class)
          .hasMessageContaining("Growth.years");
    }
  }
}
