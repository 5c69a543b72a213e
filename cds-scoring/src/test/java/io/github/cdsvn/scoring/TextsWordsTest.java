package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What people read in explanations: values in their measure's unit, rates, slopes, attainments,
 * dates and spans, in Vietnamese and in English.
 */
class TextsWordsTest {
  private static final Measure LEVELS = Measure.ordinal(List.of(Measure.Category.of("weak", "yếu", "weak"),
      Measure.Category.of("fair", "trung bình", "fair"), Measure.Category.of("good", "khá", "good")));

  @Test
  void aValueIsWrittenInItsMeasuresUnit() {
    assertThat(Texts.value(Measure.percent(), 83.456, Texts.VI)).isEqualTo("83,46%");
    assertThat(Texts.value(Measure.percent(), 83.456, Texts.EN)).isEqualTo("83.46%");
    assertThat(Texts.value(Measure.ratePerYear(), 7.5, Texts.VI)).isEqualTo("7,5%/năm");
    assertThat(Texts.value(Measure.ratePerYear(), 7.5, Texts.EN)).isEqualTo("7.5% a year");
    assertThat(Texts.value(Measure.count(), 12_345, Texts.VI)).isEqualTo("12.345");
    assertThat(Texts.value(Measure.count(), 12_345, Texts.EN)).isEqualTo("12,345");
    assertThat(Texts.value(Measure.amount("tỷ đồng"), 1500.25, Texts.VI)).isEqualTo("1.500,25 tỷ đồng");
    assertThat(Texts.value(Measure.amount("tỷ đồng"), 1500.25, Texts.EN)).isEqualTo("1,500.25 tỷ đồng");
    assertThat(Texts.value(Measure.rank(), 20, Texts.VI)).isEqualTo("hạng 20");
    assertThat(Texts.value(Measure.rank(), 20, Texts.EN)).isEqualTo("rank 20");
  }

  @Test
  void anIndexOfANarrowScaleKeepsFourDecimalsAndOfAWideOneTwo() {
    // a range of exactly 10 is narrow
    assertThat(Texts.value(Measure.index(0, 10), 0.12345, Texts.EN)).isEqualTo("0.1235");
    assertThat(Texts.value(Measure.index(0, 1), 0.12345, Texts.VI)).isEqualTo("0,1235");
    assertThat(Texts.value(Measure.index(0, 10.5), 0.12345, Texts.EN)).isEqualTo("0.12");
    assertThat(Texts.value(Measure.index(0, 100), 72.456, Texts.EN)).isEqualTo("72.46");
  }

  @Test
  void aMilestoneIsDoneOrNotDoneAndAPartOfItAFraction() {
    assertThat(Texts.value(Measure.yesNo(), 1, Texts.VI)).isEqualTo("đã hoàn thành");
    assertThat(Texts.value(Measure.yesNo(), 1, Texts.EN)).isEqualTo("done");
    assertThat(Texts.value(Measure.yesNo(), 0, Texts.VI)).isEqualTo("chưa hoàn thành");
    assertThat(Texts.value(Measure.yesNo(), 0, Texts.EN)).isEqualTo("not done");
    assertThat(Texts.value(Measure.yesNo(), 0.5, Texts.EN)).isEqualTo("0.5");
    assertThat(Texts.value(Measure.yesNo(), 0.999, Texts.VI)).isEqualTo("1");
  }

  @Test
  void anOrdinalValueIsItsCategoryOrAPositionBetweenTwo() {
    assertThat(Texts.value(LEVELS, 2, Texts.VI)).isEqualTo("nhóm khá");
    assertThat(Texts.value(LEVELS, 0, Texts.EN)).isEqualTo("group weak");
    assertThat(Texts.value(LEVELS, 1.5, Texts.VI)).isEqualTo("vị trí 1,5");
    assertThat(Texts.value(LEVELS, 1.5, Texts.EN)).isEqualTo("position 1.5");
  }

  @Test
  void aSlopeIsAChangeAYearInTheMeasuresUnit() {
    assertThat(Texts.slope(Measure.percent(), 2.5, Texts.VI)).isEqualTo("2,5 điểm phần trăm/năm");
    assertThat(Texts.slope(Measure.percent(), 2.5, Texts.EN)).isEqualTo("2.5 percentage points a year");
    assertThat(Texts.slope(Measure.ratePerYear(), -0.25, Texts.EN)).isEqualTo("-0.25 percentage points a year");
    assertThat(Texts.slope(Measure.ratePerYear(), -0.25, Texts.VI)).isEqualTo("-0,25 điểm phần trăm/năm");
    assertThat(Texts.slope(Measure.rank(), -3, Texts.VI)).isEqualTo("-3 bậc/năm");
    assertThat(Texts.slope(Measure.rank(), -3, Texts.EN)).isEqualTo("-3 places a year");
    assertThat(Texts.slope(LEVELS, 0.5, Texts.VI)).isEqualTo("0,5 nhóm/năm");
    assertThat(Texts.slope(LEVELS, 0.5, Texts.EN)).isEqualTo("0.5 groups a year");
    assertThat(Texts.slope(Measure.amount("tỷ đồng"), 1200, Texts.VI)).isEqualTo("1.200 tỷ đồng/năm");
    assertThat(Texts.slope(Measure.amount("tỷ đồng"), 1200, Texts.EN)).isEqualTo("1,200 tỷ đồng a year");
    assertThat(Texts.slope(Measure.count(), 1200, Texts.VI)).isEqualTo("1.200/năm");
    assertThat(Texts.slope(Measure.count(), 1200, Texts.EN)).isEqualTo("1,200 a year");
  }

  @Test
  void ratesSharesAndAttainmentsArePercentages() {
    assertThat(Texts.rate(0.125, Texts.VI)).isEqualTo("12,5%/năm");
    assertThat(Texts.rate(0.125, Texts.EN)).isEqualTo("12.5% a year");
    assertThat(Texts.share(0.8, Texts.VI)).isEqualTo("80%");
    assertThat(Texts.share(0.8125, Texts.EN)).isEqualTo("81.3%");
    assertThat(Texts.attainment(0.874, Texts.EN)).isEqualTo("87%");
    assertThat(Texts.attainment(0.875, Texts.VI)).isEqualTo("88%");
    assertThat(Texts.attainment(1, Texts.EN)).isEqualTo("100%");
    // below 1 is never written as 100%
    assertThat(Texts.attainment(0.996, Texts.EN)).isEqualTo("99%");
    assertThat(Texts.attainment(0.9949, Texts.EN)).isEqualTo("99%");
    assertThat(Texts.attainment(0, Texts.EN)).isEqualTo("0%");
  }

  @Test
  void datesAreDayMonthYearInVietnameseAndIsoInEnglish() {
    assertThat(Texts.date(LocalDate.of(2024, 12, 31), Texts.VI)).isEqualTo("31/12/2024");
    assertThat(Texts.date(LocalDate.of(2025, 7, 1), Texts.VI)).isEqualTo("01/07/2025");
    assertThat(Texts.date(LocalDate.of(2025, 10, 9), Texts.VI)).isEqualTo("09/10/2025");
    assertThat(Texts.date(LocalDate.of(2025, 9, 10), Texts.VI)).isEqualTo("10/09/2025");
    assertThat(Texts.date(LocalDate.of(2025, 7, 1), Texts.EN)).isEqualTo("2025-07-01");
  }

  @Test
  void aSpanOfWholeYearsIsWrittenAsYears() {
    LocalDate end2020 = LocalDate.of(2020, 12, 31);
    LocalDate end2024 = LocalDate.of(2024, 12, 31);
    assertThat(Texts.span(end2020, end2024, Texts.VI)).isEqualTo("2020–2024");
    assertThat(Texts.span(end2020, LocalDate.of(2025, 6, 30), Texts.VI)).isEqualTo("31/12/2020–30/06/2025");
    assertThat(Texts.span(LocalDate.of(2020, 12, 30), end2024, Texts.EN)).isEqualTo("2020-12-30–2024-12-31");
    assertThat(Texts.span(LocalDate.of(2020, 1, 31), end2024, Texts.EN)).isEqualTo("2020-01-31–2024-12-31");
    assertThat(Texts.span(end2020, LocalDate.of(2024, 1, 31), Texts.EN)).isEqualTo("2020-12-31–2024-01-31");
    assertThat(Texts.span(end2020, LocalDate.of(2024, 12, 30), Texts.EN)).isEqualTo("2020-12-31–2024-12-30");
  }

  @Test
  void labelsAreMadeInBothLanguagesAndCapitalised() {
    Label l = Texts.both(lang -> lang == Texts.VI ? "đạt" : "met");
    assertThat(l).isEqualTo(Label.of("đạt", "met"));
    assertThat(Texts.VI.of(l)).isEqualTo("đạt");
    assertThat(Texts.EN.of(l)).isEqualTo("met");
    assertThat(Texts.capitalise("đạt chỉ tiêu")).isEqualTo("Đạt chỉ tiêu");
    assertThat(Texts.capitalise("")).isEmpty();
    assertThat(Texts.capitalise("𝑥 là")).isEqualTo("𝑥 là");
  }
}
