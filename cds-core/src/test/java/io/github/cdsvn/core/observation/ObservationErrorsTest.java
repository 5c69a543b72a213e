package io.github.cdsvn.core.observation;

import static io.github.cdsvn.core.testing.CoreGenerators.DIGITAL_ENTERPRISES;
import static io.github.cdsvn.core.testing.CoreGenerators.DTI_RANK;
import static io.github.cdsvn.core.testing.CoreGenerators.FIBRE_UNIVERSAL;
import static io.github.cdsvn.core.testing.CoreGenerators.WORK_RECORDS;
import static io.github.cdsvn.core.testing.ValueAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every documented refusal of observations, periods and observation sets. */
class ObservationErrorsTest {
  private static final ObservationPeriod Y2023 = ObservationPeriod.ofYear(2023);
  private static final ObservationPeriod Y2024 = ObservationPeriod.ofYear(2024);
  private static final String VALUE_FIELD = "Observation.value (gov.work-records.online)";

  private static Observation.Builder workRecords(double value) {
    return Observation.builder().unitCode("44").indicator(WORK_RECORDS).period(Y2024).value(value);
  }

  @Test
  void nanAndInfinitiesAreRefused() {
    assertThatThrownBy(() -> workRecords(Double.NaN).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(VALUE_FIELD).hasMessageContaining("NaN");
    assertRefused(() -> workRecords(Double.POSITIVE_INFINITY).build(), VALUE_FIELD, Double.POSITIVE_INFINITY);
    assertRefused(() -> Observation.of("44", DIGITAL_ENTERPRISES, Y2024, Double.NEGATIVE_INFINITY),
        "Observation.value (econ.digital-enterprises.count)", Double.NEGATIVE_INFINITY);
    assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, Double.NaN, 10), "Observation.numerator", Double.NaN);
    assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, 1, Double.POSITIVE_INFINITY),
        "Observation.denominator", Double.POSITIVE_INFINITY);
  }

  @Test
  void percentagesOutsideZeroToHundredAreRefused() {
    assertThatThrownBy(() -> workRecords(100.5).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining(VALUE_FIELD).hasMessageContaining("percent, valid values 0 - 100")
        .hasMessageContaining("100.5");
    assertRefused(() -> workRecords(-0.01).build(), VALUE_FIELD, -0.01);
  }

  @Test
  void negativeCountsRanksOffTheScaleAndHalfMilestonesAreRefused() {
    assertThatThrownBy(() -> Observation.of("44", DIGITAL_ENTERPRISES, Y2024, -1))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Observation.value (econ.digital-enterprises.count)")
        .hasMessageContaining("valid values 0 or more").hasMessageContaining("-1");
    assertRefused(() -> Observation.of("44", DTI_RANK, Y2024, 0), "Observation.value (overall.dti.rank)", 0.0);
    assertRefused(() -> Observation.of("44", DTI_RANK, Y2024, 12.5), "Observation.value (overall.dti.rank)", 12.5);
    assertRefused(() -> Observation.of("44", FIBRE_UNIVERSAL, Y2024, 0.5), "Observation.value (infra.fibre.universal)", 0.5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t"})
  void blankUnitCodesAndSourcesAreRefused(String blank) {
    assertRefused(() -> Observation.builder().unitCode(blank).indicator(WORK_RECORDS).period(Y2024).value(50).build(),
        "Observation.unitCode", blank);
    assertRefused(() -> workRecords(50).source(blank).build(), "Observation.source", blank);
  }

  @Test
  void aNumeratorWithoutDenominatorIsRefused() {
    assertThatThrownBy(() -> workRecords(50).numerator(5).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Observation.denominator").hasMessageContaining("none")
        .hasMessageContaining("numerator and denominator come together");
    assertRefused(() -> workRecords(50).numerator(5).build(), "Observation.denominator", "none");
    assertRefused(() -> workRecords(50).denominator(10).build(), "Observation.numerator", "none");
  }

  @Test
  void aNumeratorAboveTheDenominatorIsRefused() {
    assertThatThrownBy(() -> workRecords(100).numerator(11).denominator(10).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Observation.numerator")
        .hasMessageContaining("must not exceed the denominator 10").hasMessageContaining("11");
    assertRefused(() -> workRecords(100).numerator(11).denominator(10).build(), "Observation.numerator", 11.0);
    assertThatThrownBy(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, 11, 10))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Observation.numerator")
        .hasMessageContaining("must not exceed the denominator 10").hasMessageContaining("11");
  }

  @Test
  void negativeZeroIsKeptAsZeroSoItDoesNotDuplicate() {
    Observation minus = workRecords(0).value(-0.0).build();
    Observation plus = workRecords(0).value(0.0).build();
    assertThat(Double.doubleToRawLongBits(minus.value())).isZero();
    assertThat(minus).isEqualTo(plus);
    assertThat(ObservationSet.of(List.of(minus, plus)).size()).isEqualTo(1);
  }

  @Test
  void negativeOrZeroCountsInSharesAreRefused() {
    assertRefused(() -> workRecords(0).numerator(-1).denominator(10).build(), "Observation.numerator", -1.0);
    assertRefused(() -> workRecords(0).numerator(0).denominator(0).build(), "Observation.denominator", 0.0);
    assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, 0, 0), "Observation.denominator", 0.0);
    assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, -3, 10), "Observation.numerator", -3.0);
    assertRefused(() -> Observation.ofShare("44", WORK_RECORDS, Y2024, 0, -10), "Observation.denominator", -10.0);
  }

  @Test
  void aValueInconsistentWithNumeratorAndDenominatorIsRefused() {
    assertThatThrownBy(() -> workRecords(80).numerator(7).denominator(10).build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Observation.value")
        .hasMessageContaining("must equal 100 × numerator / denominator = 70").hasMessageContaining("80");
    assertRefused(() -> workRecords(70.06).numerator(7).denominator(10).build(), "Observation.value", 70.06);
    assertThat(workRecords(70.04).numerator(7).denominator(10).build().value()).isEqualTo(70.04);
  }

  @Test
  void numeratorAndDenominatorAreOnlyForPercentages() {
    assertThatThrownBy(() -> Observation.builder().unitCode("44").indicator(DIGITAL_ENTERPRISES).period(Y2024)
        .value(7).numerator(7).denominator(10).build()).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("Observation.numerator").hasMessageContaining("only percent indicators");
  }

  @Test
  void equalCountsGiveExactlyAHundredPercent() {
    // 100 × n / n rounds to 100.00000000000001 for this n; the share must be 100
    double n = 863883.0938873703;
    assertThat(Observation.ofShare("44", WORK_RECORDS, Y2024, n, n).value()).isEqualTo(100.0);
    assertThat(Observation.ofShare("44", WORK_RECORDS, Y2024, 0.3, 0.3).value()).isEqualTo(100.0);
  }

  @Test
  void hugeCountsDoNotOverflowTheShare() {
    assertThat(Observation.ofShare("44", WORK_RECORDS, Y2024, 1e307, 1e308).value()).isCloseTo(10.0,
        offset(1e-9));
    assertThat(workRecords(100).numerator(Double.MAX_VALUE).denominator(Double.MAX_VALUE).build().value())
        .isEqualTo(100.0);
  }

  // ---------------------------------------------------------------- periods

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "năm 2024", "2024/06/30", "30/06/2024", "2024-13-01", "2024-02-30",
      "2024-6-30", "Q2 2024", "12345", "024", "２０２４"})
  void observationPeriodParseRefusesJunk(String text) {
    assertThatThrownBy(() -> ObservationPeriod.parse(text)).isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("ObservationPeriod").hasMessageContaining("'" + text + "'")
        .hasMessageContaining("a year such as 2024 or a date such as 2024-06-30");
    assertRefused(() -> ObservationPeriod.parse(text), "ObservationPeriod", text);
  }

  @Test
  void observationPeriodsOutsideTheYearsAreRefused() {
    assertRefused(() -> ObservationPeriod.parse("1900"), "ObservationPeriod.year", 1900);
    assertRefused(() -> ObservationPeriod.ofYear(2101), "ObservationPeriod.year", 2101);
    assertRefused(() -> ObservationPeriod.parse("1944-12-31"), "ObservationPeriod.date", 1944);
    assertRefused(() -> ObservationPeriod.ofDate(LocalDate.of(2200, 1, 1)), "ObservationPeriod.date", 2200);
  }

  // ---------------------------------------------------------------- sets

  @Test
  void duplicatesWithDifferentValuesAreAllListedWithTheirLocations() {
    Observation a = workRecords(80).build();
    Observation aAgain = workRecords(80).build();
    Observation aOther = workRecords(85).build();
    Observation aProvisional = workRecords(80).status(Observation.Status.PROVISIONAL).build();
    Observation b = Observation.of("44", WORK_RECORDS, Y2023, 70);
    Observation c = Observation.of("24", WORK_RECORDS, Y2024, 60);
    Observation cOther = Observation.of("24", WORK_RECORDS, Y2024, 61);
    List<Observation> list = List.of(a, b, aOther, c, aAgain, aProvisional, cOther);
    assertThatThrownBy(() -> ObservationSet.of(list)).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("observation set: 3 problems, nothing loaded")
        .hasMessageContaining("observations[2] (unit 44, gov.work-records.online, 2024): duplicates observations[0]")
        .hasMessageContaining("observations[5] (unit 44, gov.work-records.online, 2024): duplicates observations[0]")
        .hasMessageContaining("observations[6] (unit 24, gov.work-records.online, 2024): duplicates observations[3]")
        .satisfies(e -> assertThat(((InvalidDataException) e).problems()).extracting(InvalidDataException.Problem::location)
            .containsExactly("observations[2] (unit 44, gov.work-records.online, 2024)",
                "observations[5] (unit 44, gov.work-records.online, 2024)",
                "observations[6] (unit 24, gov.work-records.online, 2024)"));
  }

  @Test
  void identicalDuplicatesCollapseToOne() {
    Observation a = workRecords(80).build();
    ObservationSet set = ObservationSet.of(List.of(a, workRecords(80).build(), a, Observation.of("44", WORK_RECORDS, Y2023, 70)));
    assertThat(set.size()).isEqualTo(2);
    assertThat(set.series("44", WORK_RECORDS.code())).containsExactly(
        Observation.of("44", WORK_RECORDS, Y2023, 70), a);
    assertThat(set).isEqualTo(ObservationSet.of(List.of(Observation.of("44", WORK_RECORDS, Y2023, 70), a)));
  }

  @Test
  void aYearAndItsLastDayWithDifferentValuesAreDuplicates() {
    Observation year = workRecords(80).build();
    Observation lastDay = workRecords(81).period(ObservationPeriod.ofDate(LocalDate.of(2024, 12, 31))).build();
    assertThatThrownBy(() -> ObservationSet.of(List.of(year, lastDay))).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("observations[1] (unit 44, gov.work-records.online, 2024-12-31): duplicates observations[0]");
  }

  @Test
  void anIndicatorCodeDefinedTwoWaysInOneSetIsRefused() {
    Indicator other = Indicator.builder().from(WORK_RECORDS).measure(Measure.count())
        .label(Label.of("Số hồ sơ công việc", "Work records")).build();
    assertThatThrownBy(() -> ObservationSet.of(List.of(workRecords(80).build(),
        Observation.of("24", other, Y2023, 5000)))).isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("observations[1] (unit 24, gov.work-records.online, 2023)")
        .hasMessageContaining("is defined differently from earlier observations");
  }
}
