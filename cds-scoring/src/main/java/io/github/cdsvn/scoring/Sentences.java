package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Texts.Lang;
import java.util.OptionalDouble;

/**
 * Writes the sentence of a target's result in Vietnamese and English, such as "Đạt 87% chỉ
 * tiêu: 83% so với mục tiêu 95% (cơ sở 0%)" / "87% attained: 83% against a target of 95%
 * (baseline 0%)". Thread-safe: no state.
 */
final class Sentences {
  private Sentences() {}

  /** The sentence of a scored target. */
  public static Label scored(AttainmentInput in, Attainment a, boolean illustrative) {
    return Texts.both(lang -> head(in, a, lang) + ": " + detail(in, lang)
        + (illustrative ? (lang == Texts.VI ? "; số liệu minh họa" : "; illustrative data") : ""));
  }

  /** The sentence of a target without data. */
  public static Label noData(Label reason) {
    return Label.of("Chưa có số liệu: " + reason.vi(), "No data: " + reason.en());
  }

  /** The sentence of a target that does not apply. */
  public static Label notApplicable(Label reason) {
    return Label.of("Không áp dụng: " + reason.vi(), "Not applicable: " + reason.en());
  }

  private static String head(AttainmentInput in, Attainment a, Lang lang) {
    String pct = Texts.attainment(a.value(), lang);
    boolean vi = lang == Texts.VI;
    if (a.met()) {
      return vi ? "Đạt " + pct + " chỉ tiêu, đã hoàn thành" : pct + " attained, target met";
    }
    if (a.value() == 1) {
      String must = in.bound().isStrict()
          ? (vi ? " (phải vượt mục tiêu)" : " (the target must be exceeded)") : "";
      return vi ? "Đạt 100% chỉ tiêu nhưng chưa hoàn thành" + must : "100% attained but not met" + must;
    }
    return vi ? "Đạt " + pct + " chỉ tiêu" : pct + " attained";
  }

  private static String detail(AttainmentInput in, Lang lang) {
    Measure m = in.measure();
    boolean vi = lang == Texts.VI;
    String v = Texts.value(m, in.value(), lang);
    String b = Texts.value(m, in.effectiveBaseline(), lang);
    String base = vi ? " (cơ sở " + b + ")" : " (baseline " + b + ")";
    Bound bound = in.bound();
    switch (bound.kind()) {
      case AT_LEAST:
        return against(v, Texts.value(m, ((Bound.AtLeast) bound).value(), lang), lang) + base;
      case MORE_THAN:
        return against(v, (vi ? "trên " : "more than ") + Texts.value(m, ((Bound.MoreThan) bound).value(), lang),
            lang) + base;
      case AT_MOST:
        return against(v, (vi ? "tối đa " : "at most ") + Texts.value(m, ((Bound.AtMost) bound).value(), lang),
            lang) + base;
      case LESS_THAN:
        return against(v, (vi ? "dưới " : "less than ") + Texts.value(m, ((Bound.LessThan) bound).value(), lang),
            lang) + base;
      case APPROXIMATELY:
        Bound.Approximately a = (Bound.Approximately) bound;
        String lo = Texts.value(m, a.value() - a.tolerance(), lang);
        String hi = Texts.value(m, a.value() + a.tolerance(), lang);
        String t = Texts.value(m, a.value(), lang);
        return vi ? v + " so với mục tiêu khoảng " + t + " (từ " + lo + " đến " + hi + "; cơ sở " + b + ")"
            : v + " against a target of approximately " + t + " (" + lo + " to " + hi + "; baseline " + b + ")";
      case RELATIVE_CHANGE:
        Bound.RelativeChange r = (Bound.RelativeChange) bound;
        String goal = Texts.value(m, in.goal().getAsDouble(), lang);
        String change = Texts.number(Math.abs(r.percent()), 2, lang) + "%";
        if (vi) {
          return v + " so với mục tiêu " + goal + " (" + (r.percent() < 0 ? "giảm " : "tăng ") + change
              + " so với cơ sở " + b + ")";
        }
        return v + " against a target of " + goal + " (" + change + (r.percent() < 0 ? " below" : " above")
            + " the baseline " + b + ")";
      case TOP_RANK:
        Bound.TopRank k = (Bound.TopRank) bound;
        return vi ? v + " so với mục tiêu nhóm " + k.n() + "/" + k.of() + " dẫn đầu (cơ sở " + b + ")"
            : v + " against a target of the top " + k.n() + " of " + k.of() + " (baseline " + b + ")";
      case GROWTH_PER_YEAR:
        return growth(in, lang);
      case MILESTONE:
        return vi ? v + " (mục tiêu: hoàn thành)" : v + " (target: done)";
      case ORDINAL_AT_LEAST:
        Label described = bound.describe(m);
        return vi ? v + " so với mục tiêu " + described.vi() + " (cơ sở " + b + ")"
            : v + " against a target of " + described.en() + " (baseline " + b + ")";
      case MAINTAIN:
        return vi ? v + " so với cơ sở " + b + " (duy trì, không kém cơ sở)"
            : v + " against the baseline " + b + " (maintain: no worse)";
      default:
        throw new AssertionError(bound.kind());
    }
  }

  private static String against(String v, String target, Lang lang) {
    return lang == Texts.VI ? v + " so với mục tiêu " + target : v + " against a target of " + target;
  }

  private static String growth(AttainmentInput in, Lang lang) {
    boolean vi = lang == Texts.VI;
    SeriesPoint first = in.points().get(0);
    SeriesPoint last = in.points().get(in.points().size() - 1);
    String span = Texts.span(first.date(), last.date(), lang);
    Label target = in.bound().describe(in.measure());
    OptionalDouble rate = Growth.compoundRate(first.value(), last.value(), Growth.years(first.date(), last.date()));
    String observed;
    if (rate.isPresent() && Double.isFinite(rate.getAsDouble())) {
      observed = vi ? "tăng bình quân " + Texts.rate(rate.getAsDouble(), lang) + " (" + span + ")"
          : "average growth of " + Texts.rate(rate.getAsDouble(), lang) + " (" + span + ")";
    } else {
      String from = Texts.value(in.measure(), first.value(), lang);
      String to = Texts.value(in.measure(), last.value(), lang);
      observed = vi ? "từ " + from + " lên " + to + " (" + span + ")" : "from " + from + " to " + to + " (" + span + ")";
    }
    return vi ? observed + " so với mục tiêu " + target.vi() : observed + " against a target of " + target.en();
  }
}
