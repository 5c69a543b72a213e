package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An attainment input is checked when built: each refusal names the field and the value, and the
 * limits are exact (a "more than" bound at the maximum is refused, just below it accepted).
 */
class AttainmentInputChecksTest {
  private static final Measure PCT = Measure.percent();
  private static final Direction UP = Direction.HIGHER_IS_BETTER;
  private static final Direction DOWN = Direction.LOWER_IS_BETTER;
  private static final LocalDate END_2023 = LocalDate.of(2023, 12, 31);
  private static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);
  private static final Measure LEVELS = Measure.ordinal(List.of(Measure.Category.of("yeu", "yếu", "weak"),
      Measure.Category.of("kha", "khá", "good")));

  private static void refused(Runnable build, String field, String value, String rule) {
    assertThatThrownBy(build::run).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.value()).isEqualTo(value);
      assertThat(e.getMessage()).contains(rule);
    });
  }

  private static AttainmentInput.Builder growth(double... values) {
    AttainmentInput.Builder b = AttainmentInput.builder().measure(Measure.count()).direction(UP)
        .bound(Bound.growthPerYear(7, false)).value(values[values.length - 1]);
    for (int i = 0; i < values.length; i++) {
      b.addPoint(END_2024.minusYears(values.length - 1 - i), values[i]);
    }
    return b;
  }

  @Test
  void aValueIsRequired() {
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).build(),
        "AttainmentInput.value", "none", "a value is required");
  }

  @Test
  void everyNumberMustBeValidForTheMeasure() {
    refused(() -> AttainmentInput.of(PCT, UP, Bound.atLeast(95), 101), "AttainmentInput.value", "101", "percent");
    refused(() -> AttainmentInput.of(PCT, UP, Bound.atLeast(95), 80, -1), "AttainmentInput.baseline", "-1", "percent");
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2023, 120).addPoint(END_2024, 80).build(), "AttainmentInput.points[0].value", "120", "percent");
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2023, 70).addPoint(END_2024, -0.5).build(), "AttainmentInput.points[1].value", "-0.5",
        "percent");
    refused(() -> AttainmentInput.of(Measure.count(), UP, Bound.atLeast(-5), 80), "AttainmentInput.bound.value",
        "-5", "count");
  }

  @Test
  void pointsAreInDateOrderEachDayOnceAndTheLastHoldsTheValue() {
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2024, 70).addPoint(END_2024, 80).build(), "AttainmentInput.points[1].date", "2024-12-31",
        "points must be in date order, each day once; previous 2024-12-31");
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2023, 60).addPoint(END_2024, 70).addPoint(END_2024.plusDays(1), 75).addPoint(END_2023, 80)
        .build(), "AttainmentInput.points[3].date", "2023-12-31", "previous 2025-01-01");
    refused(() -> AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2023, 70).addPoint(END_2024, 79.5).build(), "AttainmentInput.points", "79.5",
        "the last point must hold the value 80.0");
    // 0.0 and -0.0 are different values here: the last point holds exactly the value
    refused(() -> AttainmentInput.builder().measure(Measure.count()).direction(UP).bound(Bound.atLeast(5)).value(0)
        .addPoint(END_2024, -0.0).build(), "AttainmentInput.points", "0", "the last point must hold the value 0.0");
    AttainmentInput ok = AttainmentInput.builder().measure(PCT).direction(UP).bound(Bound.atLeast(95)).value(80)
        .addPoint(END_2023, 70).addPoint(END_2023.plusDays(1), 80).build();
    assertThat(ok.points()).containsExactly(SeriesPoint.of(END_2023, 70), SeriesPoint.of(END_2023.plusDays(1), 80));
  }

  @Test
  void aStrictBoundLeavesRoomInsideTheMeasure() {
    refused(() -> AttainmentInput.of(PCT, UP, Bound.moreThan(100), 80), "AttainmentInput.bound.value", "100",
        "'more than' must leave room below the maximum 100");
    assertThat(AttainmentInput.of(PCT, UP, Bound.moreThan(99.9), 80).boundHolds()).isFalse();
    refused(() -> AttainmentInput.of(PCT, DOWN, Bound.lessThan(0), 10), "AttainmentInput.bound.value", "0",
        "'less than' must leave room above the minimum 0");
    assertThat(AttainmentInput.of(PCT, DOWN, Bound.lessThan(0.1), 0).boundHolds()).isTrue();
    // a count has no maximum: any "more than" leaves room
    assertThat(AttainmentInput.of(Measure.count(), UP, Bound.moreThan(1e12), 5).boundHolds()).isFalse();
    // "at most" and "at least" may sit on the edges
    assertThat(AttainmentInput.of(PCT, DOWN, Bound.atMost(0), 0).boundHolds()).isTrue();
    assertThat(AttainmentInput.of(PCT, UP, Bound.atLeast(100), 100).boundHolds()).isTrue();
  }

  @Test
  void eachBoundNeedsItsKindOfMeasure() {
    refused(() -> AttainmentInput.of(Measure.yesNo(), UP, Bound.atLeast(1), 1), "AttainmentInput.bound",
        Bound.atLeast(1).toString(), "needs a measure of kind [PERCENT, COUNT, AMOUNT, RATE_PER_YEAR, INDEX], not YES_NO");
    refused(() -> AttainmentInput.of(Measure.ratePerYear(), UP, Bound.relativeChange(10), 5, 4),
        "AttainmentInput.bound", Bound.relativeChange(10).toString(), "not RATE_PER_YEAR");
    refused(() -> AttainmentInput.of(PCT, UP, Bound.milestone(), 1), "AttainmentInput.bound",
        Bound.milestone().toString(), "needs a measure of kind [YES_NO], not PERCENT");
    refused(() -> AttainmentInput.of(PCT, UP, Bound.ordinalAtLeast("kha"), 1), "AttainmentInput.bound",
        Bound.ordinalAtLeast("kha").toString(), "needs a measure of kind [ORDINAL], not PERCENT");
    refused(() -> AttainmentInput.of(Measure.yesNo(), UP, Bound.maintain(), 1, 1), "AttainmentInput.bound",
        Bound.maintain().toString(), "not YES_NO");
    refused(() -> AttainmentInput.builder().measure(Measure.ratePerYear()).direction(UP)
        .bound(Bound.growthPerYear(5, false)).value(3).addPoint(END_2023, 2).addPoint(END_2024, 3).build(),
        "AttainmentInput.bound", Bound.growthPerYear(5, false).toString(), "not RATE_PER_YEAR");
    refused(() -> AttainmentInput.of(Measure.rank(), DOWN, Bound.atLeast(1), 3), "AttainmentInput.bound",
        Bound.atLeast(1).toString(), "not RANK");
    assertThat(AttainmentInput.of(Measure.rank(), DOWN, Bound.topRank(10, 63), 3).boundHolds()).isTrue();
    assertThat(AttainmentInput.of(LEVELS, UP, Bound.maintain(), 1, 1).boundHolds()).isTrue();
  }

  @Test
  void anOrdinalBoundNamesACategoryOfTheScale() {
    refused(() -> AttainmentInput.of(LEVELS, UP, Bound.ordinalAtLeast("gioi"), 1), "AttainmentInput.bound.category",
        "gioi", "must be a category of " + LEVELS);
    assertThat(AttainmentInput.of(LEVELS, UP, Bound.ordinalAtLeast("kha"), 1).boundHolds()).isTrue();
    assertThat(AttainmentInput.of(LEVELS, UP, Bound.ordinalAtLeast("kha"), 0).boundHolds()).isFalse();
  }

  @Test
  void aChangeAgainstTheBaselineNeedsOne() {
    refused(() -> AttainmentInput.of(Measure.count(), UP, Bound.relativeChange(20), 120), "AttainmentInput.baseline",
        "none", "needs a baseline value");
    refused(() -> AttainmentInput.of(PCT, UP, Bound.maintain(), 80), "AttainmentInput.baseline", "none",
        "needs a baseline value");
    assertThat(AttainmentInput.of(Measure.count(), UP, Bound.relativeChange(20), 120, 100).boundHolds()).isTrue();
  }

  @Test
  void growthNeedsTwoPointsNoneNegative() {
    refused(() -> growth(5).build(), "AttainmentInput.points", "1",
        "growth per year needs a series of at least two points on different days");
    refused(() -> AttainmentInput.builder().measure(Measure.count()).direction(UP).bound(Bound.growthPerYear(7, false))
        .value(5).build(), "AttainmentInput.points", "0", "at least two points");
    refused(() -> AttainmentInput.builder().measure(Measure.index(-10, 10)).direction(UP)
        .bound(Bound.growthPerYear(7, false)).value(5).addPoint(END_2023, -1).addPoint(END_2024, 5).build(),
        "AttainmentInput.points[0].value", "-1", "growth per year is undefined for negative values");
    refused(() -> AttainmentInput.builder().measure(Measure.index(-10, 10)).direction(UP)
        .bound(Bound.growthPerYear(7, false)).value(-2).addPoint(END_2023, 1).addPoint(END_2024, -2).build(),
        "AttainmentInput.points[1].value", "-2", "growth per year is undefined for negative values");
    assertThat(growth(0, 0).build().points()).hasSize(2);
    assertThat(growth(100, 107).build().boundHolds()).isTrue();
  }

  @Test
  void aCopyWithAnotherValueMovesTheLastPointAndIsCheckedAgain() {
    AttainmentInput in = growth(100, 104, 110).build();
    AttainmentInput raised = in.withValue(120);
    assertThat(raised.value()).isEqualTo(120);
    assertThat(raised.points()).extracting(SeriesPoint::value).containsExactly(100.0, 104.0, 120.0);
    assertThat(in.points()).extracting(SeriesPoint::value).containsExactly(100.0, 104.0, 110.0);
    refused(() -> in.withValue(-1), "AttainmentInput.value", "-1", "count");
    AttainmentInput noSeries = AttainmentInput.of(PCT, UP, Bound.atLeast(95), 80, 60);
    assertThat(noSeries.withValue(90).points()).isEmpty();
    assertThat(noSeries.withBaseline(70).baseline()).hasValue(70);
    assertThat(noSeries.withBaseline(70).value()).isEqualTo(80);
    refused(() -> noSeries.withBaseline(101), "AttainmentInput.baseline", "101", "percent");
    assertThat(noSeries.toBuilder().build()).isEqualTo(noSeries);
    assertThat(noSeries.toString()).isEqualTo("AttainmentInput{percent, higher is better, " + Bound.atLeast(95)
        + ", v=80.0, b=60.0}");
    assertThat(in.toString()).endsWith(", v=110.0, points=" + in.points() + "}").doesNotContain("b=");
  }
}
