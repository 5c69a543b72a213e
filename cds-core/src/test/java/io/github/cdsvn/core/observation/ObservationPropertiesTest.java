package io.github.cdsvn.core.observation;

import static io.github.cdsvn.core.testing.CoreGenerators.DIGITAL_ENTERPRISES;
import static io.github.cdsvn.core.testing.CoreGenerators.WORK_RECORDS;
import static io.github.cdsvn.core.testing.ValueAssertions.assertDifferentValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertEqualValues;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.testing.CoreGenerators;
import io.github.cdsvn.core.testing.DocumentedRules;
import io.github.cdsvn.core.testing.ValueAssertions;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class ObservationPropertiesTest {
  private static final ObservationPeriod Y2024 = ObservationPeriod.ofYear(2024);

  /**
   * Numerator and denominator pairs: awkward doubles, counts, equal and nearly equal pairs, and
   * numerators that are a fraction of the denominator.
   */
  private static final Gen<Pair<Double, Double>> SHARES = Generate.frequency(List.of(
      Pair.of(2, CoreGenerators.awkwardDoubles().zip(CoreGenerators.awkwardDoubles(), Pair::of)),
      Pair.of(2, integers().between(-2, 2000).zip(integers().between(-2, 2000), (n, d) -> Pair.of(n * 1.0, d * 1.0))),
      Pair.of(2, CoreGenerators.awkwardDoubles().map(d -> Pair.of(d, d))),
      Pair.of(1, CoreGenerators.awkwardDoubles().map(d -> Pair.of(Math.nextUp(d), d))),
      Pair.of(2, doubles().fromZeroToOne().zip(CoreGenerators.awkwardDoubles(), (f, d) -> Pair.of(f * d, d)))));

  @Test
  void aCopyFromTheBuilderEqualsTheOriginal() {
    qt().forAll(CoreGenerators.observations()).checkAssert(o ->
        assertEqualValues(o, Observation.builder().from(o).build()));
  }

  @Test
  void observationsDifferingInOneFieldAreNotEqual() {
    qt().forAll(CoreGenerators.observations(), integers().between(0, 5)).checkAssert((o, field) -> {
      Observation.Builder b = Observation.builder().from(o);
      switch (field) {
        case 0:
          b.unitCode(o.unitCode() + "0");
          break;
        case 1:
          b.period(o.period().isYear() ? ObservationPeriod.ofDate(o.date()) : ObservationPeriod.ofYear(o.period().year()));
          break;
        case 2:
          b.status(o.status() == Observation.Status.FINAL ? Observation.Status.ESTIMATE : Observation.Status.FINAL);
          break;
        case 3:
          b.source(o.source().map(s -> s + " (sửa)").orElse("Sở TT&TT"));
          break;
        case 4:
          b.indicator(Indicator.builder().from(o.indicator())
              .code(o.indicator().code() + ".v2").build());
          break;
        default:
          Measure m = o.indicator().measure();
          b.value(DoubleStream.of(o.value() + 1, o.value() - 1, (m.min() + m.max()) / 2, m.min())
              .filter(v -> v != o.value() && m.isValid(v)).findFirst().orElseThrow());
          break;
      }
      assertDifferentValues(o, b.build());
    });
  }

  @Test
  void aValueIsAcceptedExactlyWhenValidForTheIndicatorsMeasure() {
    qt().forAll(CoreGenerators.indicators(), CoreGenerators.awkwardDoubles()).checkAssert((indicator, v) -> {
      Observation.Builder b = Observation.builder().unitCode("44").indicator(indicator).period(Y2024).value(v);
      if (DocumentedRules.isValid(indicator.measure(), v)) {
        Observation o = b.build();
        assertThat(o.value()).isEqualTo(v + 0.0); // -0.0 is kept as 0.0
        assertThat(o.date()).isEqualTo(LocalDate.of(2024, 12, 31));
      } else {
        assertRefused(b::build, "Observation.value (" + indicator.code() + ")", v);
      }
    });
  }

  @Test
  void ofShareAcceptsExactlyNumeratorsFromZeroToADenominatorAboveZero() {
    qt().forAll(SHARES).checkAssert(pair -> {
      double n = pair._1;
      double d = pair._2;
      if (!Double.isFinite(n) || n < 0) {
        assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, n, d), "Observation.numerator", n);
      } else if (!Double.isFinite(d) || d <= 0) {
        assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, n, d), "Observation.denominator", d);
      } else if (n > d) {
        assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, n, d), "Observation.numerator", n);
      } else {
        Observation o = Observation.ofShare("44", WORK_RECORDS, Y2024, n, d);
        assertThat(o.value() >= 0 && o.value() <= 100).as("0 <= %s <= 100", o.value()).isTrue();
        assertThat(o.value()).isCloseTo(exactShare(n, d), offset(1e-9));
        // -0.0 is kept as 0.0: the two are one observation
        assertThat(o.numerator()).hasValue(n + 0.0);
        assertThat(o.denominator()).hasValue(d);
      }
    });
  }

  @Test
  void aStatedShareIsAcceptedExactlyWhenWithinToleranceOfNumeratorOverDenominator() {
    Gen<Double> offsets = Generate.pick(List.of(0.0, 0.01, -0.01, 0.049, -0.049, 0.051, -0.051, 1.0, -1.0, 50.0));
    qt().forAll(SHARES, offsets).checkAssert((pair, offset) -> {
      double n = pair._1;
      double d = pair._2;
      boolean shareDefined = Double.isFinite(n) && Double.isFinite(d) && d > 0;
      double v = shareDefined ? exactShare(n, d) + offset : 50 + offset;
      Observation.Builder b = Observation.builder().unitCode("44").indicator(WORK_RECORDS).period(Y2024)
          .value(v).numerator(n).denominator(d);
      if (!DocumentedRules.isValid(WORK_RECORDS.measure(), v)) {
        assertRefused(b::build, "Observation.value (" + WORK_RECORDS.code() + ")", v);
      } else if (!Double.isFinite(n) || n < 0) {
        assertRefused(b::build, "Observation.numerator", n);
      } else if (!Double.isFinite(d) || d <= 0) {
        assertRefused(b::build, "Observation.denominator", d);
      } else if (n > d) {
        assertRefused(b::build, "Observation.numerator", n);
      } else if (Math.abs(offset) > Observation.SHARE_TOLERANCE) {
        assertRefused(b::build, "Observation.value", v);
      } else {
        assertThat(b.build().value()).isEqualTo(v);
      }
    });
  }

  @Test
  void numeratorAndDenominatorComeTogetherAndOnlyForPercentages() {
    qt().forAll(integers().between(0, 1000), integers().between(1, 1000)).checkAssert((n, d) -> {
      Observation.Builder b = Observation.builder().unitCode("44").indicator(WORK_RECORDS).period(Y2024).value(50);
      assertRefused(() -> Observation.builder().from(b.build()).numerator(n).build(), "Observation.denominator", "none");
      assertRefused(() -> Observation.builder().from(b.build()).denominator(d).build(), "Observation.numerator", "none");
      assertRefused(() -> Observation.builder().unitCode("44").indicator(DIGITAL_ENTERPRISES).period(Y2024)
          .value(n).numerator(n).denominator(d + n).build(), "Observation.numerator", n * 1.0);
    });
  }

  /** {@code 100 × n / d} rounded once from the exact quotient. */
  private static double exactShare(double n, double d) {
    return new BigDecimal(n).multiply(BigDecimal.valueOf(100))
        .divide(new BigDecimal(d), MathContext.DECIMAL128).doubleValue();
  }

  @Test
  void exactShareOfTheTestIsSound() {
    assertThat(exactShare(1, 3)).isEqualTo(100.0 / 3);
    assertThat(ValueAssertions.denotes("33.333333333333336", exactShare(1, 3))).isTrue();
  }
}
