package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.plan.Baseline;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The reasons and notes of a target's result, in Vietnamese and English: why it is not
 * applicable or has no data, how its level was read, where its baseline came from. Stateless.
 */
final class TargetTexts {
  private TargetTexts() {}

  /** A level that no longer exists on the as-of date. */
  static Label levelGone(AdministrativeLevel level, LocalDate asOf) {
    LocalDate gone = level.abolishedOn().orElse(asOf);
    return Texts.both(lang -> lang == Texts.VI
        ? level.label().vi() + " không còn từ ngày " + Texts.date(gone, lang)
            + " (Nghị quyết 202/2025/QH15); ánh xạ cấp này sang cấp khác để chấm điểm"
        : "the " + level.label().en() + " no longer exists from " + Texts.date(gone, lang)
            + " (Resolution 202/2025/QH15); map it to another level to score it");
  }

  /** A target at the plan's own level, read at the scored unit's own level. */
  static Label readAtOwnLevel(AdministrativeLevel planLevel, AdministrativeLevel read) {
    return Label.of("chỉ tiêu ở cấp của kế hoạch (" + planLevel.label().vi()
            + ") được đo ở cấp của đơn vị được chấm (" + read.label().vi() + ")",
        "the plan's own level (" + planLevel.label().en() + ") is read as the scored unit's own level ("
            + read.label().en() + ")");
  }

  /** Why a target has no usable observation. */
  static Label missing(Target target, Subject subject, AdministrativeLevel level, List<Observation> series,
      List<Observation> inWindow, LocalDate asOf) {
    String code = target.indicator().code();
    if (series.isEmpty()) {
      return Label.of("không có quan sát nào của chỉ số " + code + " (" + level.label().vi() + ") cho đơn vị "
              + subject.code(),
          "no observation of " + code + " (" + level.label().en() + ") for unit " + subject.code());
    }
    if (inWindow.isEmpty()) {
      AdministrativeUnit u = subject.unit().orElseThrow();
      Validity v = subject.window().orElseThrow();
      return Texts.both(lang -> (lang == Texts.VI ? "mã " + subject.code() + " chỉ là " + u.fullName() + " "
          + during(v, lang) + "; không có quan sát nào trong thời gian đó"
          : "code " + subject.code() + " names " + u.fullName() + " only " + during(v, lang)
              + "; none of its observations falls within that time"));
    }
    Observation first = inWindow.get(0);
    return Texts.both(lang -> (lang == Texts.VI ? "không có quan sát nào đến ngày " + Texts.date(asOf, lang)
        + "; quan sát sớm nhất là của " + first.period()
        : "no observation on or before " + Texts.date(asOf, lang) + "; the earliest is for " + first.period()));
  }

  private static String during(Validity v, Texts.Lang lang) {
    String from = v.from().map(d -> Texts.date(d, lang)).orElse("…");
    String until = v.until().map(d -> Texts.date(d, lang)).orElse("…");
    return lang == Texts.VI ? "từ " + from + " đến " + until : "from " + from + " to " + until;
  }

  /** A relative change or "maintain" target without a baseline value. */
  static Label noBaselineValue(int year) {
    return Label.of("thiếu giá trị cơ sở: kế hoạch không nêu và không có quan sát nào trong năm " + year,
        "no baseline value: the plan states none and there is no observation in " + year);
  }

  /** Growth per year with one value only. */
  static Label growthNeedsTwo(ObservationPeriod latest) {
    return Label.of("tăng trưởng hằng năm cần giá trị ở hai thời điểm khác nhau; chỉ có " + latest,
        "growth per year needs values on two different days; there is only " + latest);
  }

  /** Growth per year over a negative value. */
  static Label negativeGrowth(LocalDate day) {
    return Label.of("tốc độ tăng trưởng không xác định với giá trị âm (" + day + ")",
        "a growth rate is undefined for negative values (" + day + ")");
  }

  /** The status of the latest value, where it is not final. */
  static Label status(ObservationPeriod period, Observation.Status status) {
    return Texts.both(lang -> (lang == Texts.VI ? "giá trị " + period + " là số liệu "
        : "the " + period + " value is ") + lang.of(status.label()));
  }

  /**
   * Where a scored target's baseline came from.
   *
   * @param input the case scored
   * @param declared the target's baseline, if it has one
   * @param hasValue whether a baseline value was found
   * @param observation the position of the observation it was read from among the usable ones,
   *     or -1 where the plan states it
   * @param usable the usable observations
   */
  static Label baselineNote(AttainmentInput input, Optional<Baseline> declared, boolean hasValue, int observation,
      Usable usable) {
    if (hasValue) {
      int year = declared.orElseThrow().year();
      return observation < 0
          ? Label.of("cơ sở do kế hoạch nêu (năm " + year + ")", "baseline stated by the plan (" + year + ")")
          : Label.of("cơ sở lấy từ quan sát " + usable.period(observation),
              "baseline from the observation of " + usable.period(observation));
    }
    String yearVi = declared.map(b -> " cho năm " + b.year()).orElse("");
    String yearEn = declared.map(b -> " for " + b.year()).orElse("");
    if (input.bound().kind() == Bound.Kind.GROWTH_PER_YEAR) {
      return Label.of("không có số liệu cơ sở" + yearVi + ": tăng trưởng tính từ quan sát đầu tiên",
          "no baseline value" + yearEn + ": growth is measured from the first observation");
    }
    return Texts.both(lang -> (lang == Texts.VI ? "không có số liệu cơ sở" + yearVi + ": tính từ "
        : "no baseline value" + yearEn + ": measured from ")
        + Texts.value(input.measure(), input.naturalZero(), lang)
        + (lang == Texts.VI ? ", điểm xuất phát tự nhiên của thước đo" : ", the natural starting point of the measure"));
  }
}
