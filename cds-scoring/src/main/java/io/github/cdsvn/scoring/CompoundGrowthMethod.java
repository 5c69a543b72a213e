package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Texts.Lang;
import java.time.LocalDate;
import java.util.OptionalDouble;

/**
 * The built-in trajectory method: observed against required compound annual growth, with the
 * straight-line path where a growth rate is undefined. Stateless, immutable and thread-safe.
 */
final class CompoundGrowthMethod implements TrajectoryMethod {
  /** The one instance. */
  public static final CompoundGrowthMethod INSTANCE = new CompoundGrowthMethod();

  private static final Label LINEAR = Label.of(
      "tốc độ tăng trưởng kép không xác định khi có giá trị bằng 0: dùng đường thẳng từ cơ sở đến mục tiêu",
      "compound growth is undefined where a value is 0: the straight-line path to the goal is used");

  private CompoundGrowthMethod() {}

  @Override
  public String name() {
    return "compound-growth";
  }

  @Override
  public Trajectory assess(TrajectoryInput ti) {
    AttainmentInput in = ti.input();
    LocalDate end = ti.horizon().endDate();
    Trajectory.Builder out = Trajectory.builder().method(name());
    if (ti.horizonReached()) {
      return reached(ti, out, end);
    }
    if (ti.current().met()) {
      return out.status(Trajectory.Status.TARGET_ACHIEVED).sentence(Texts.both(lang -> status(
          Trajectory.Status.TARGET_ACHIEVED, lang) + (lang == Texts.VI ? " trước hạn " : " before the horizon's end ")
          + Texts.date(end, lang))).build();
    }
    if (in.points().size() < 2) {
      return insufficient(out, Label.of("cần ít nhất hai giá trị ở hai thời điểm khác nhau",
          "at least two values on different days are needed"));
    }
    SeriesPoint first = in.points().get(0);
    SeriesPoint last = in.points().get(in.points().size() - 1);
    double yObs = Growth.years(first.date(), last.date());
    double yRem = Growth.years(last.date(), end);
    out.addInputs(Explanation.Input.of("x_first", first.value(), "giá trị đầu kỳ", "first value"),
        Explanation.Input.of("x_last", last.value(), "giá trị mới nhất", "latest value"),
        Explanation.Input.of("years_observed", yObs, "số năm quan sát", "years observed"),
        Explanation.Input.of("years_remaining", yRem, "số năm còn lại đến hạn", "years left to the horizon"));
    if (in.bound().kind() == Bound.Kind.GROWTH_PER_YEAR) {
      return growthBound(in, out, first, last, yObs, yRem, end);
    }
    double x0 = first.value();
    double x1 = last.value();
    double goal = in.goal().getAsDouble();
    if (!Double.isFinite(goal)) {
      return insufficient(out, Label.of("mục tiêu vượt quá số lớn nhất biểu diễn được",
          "the goal is beyond the largest number that can be represented"));
    }
    boolean compound = x0 > 0 && x1 > 0 && goal > 0;
    double observed;
    double required;
    double projected;
    if (compound) {
      observed = Growth.compoundRate(x0, x1, yObs).getAsDouble();
      required = Growth.compoundRate(x1, goal, yRem).getAsDouble();
      projected = Growth.compound(x1, observed, yRem);
    } else {
      observed = Growth.linearRate(x0, x1, yObs).getAsDouble();
      required = Growth.linearRate(x1, goal, yRem).getAsDouble();
      projected = x1 + observed * yRem;
      out.linear(true).addNotes(LINEAR);
    }
    out.addInputs(Explanation.Input.of("goal", goal, "mục tiêu", "goal"));
    OptionalDouble ratio = ratio(observed, required);
    Trajectory.Status status;
    if (ratio.isPresent()) {
      status = Trajectory.Status.ofRatio(ratio.getAsDouble());
    } else {
      // the goal is the latest value itself (a strict bound), or a rate is unbounded
      double toward = Math.signum(required) != 0 ? Math.signum(required) * Math.signum(observed)
          : in.improvingDirection().sign() * Math.signum(observed);
      status = toward > 0 ? Trajectory.Status.ON_TRACK
          : toward == 0 ? Trajectory.Status.LIMITED_PROGRESS : Trajectory.Status.DETERIORATION;
      out.addNotes(Label.of("tỷ số R không xác định: xếp theo chiều biến động quan sát được",
          "the ratio R is undefined: judged by the direction of the observed change"));
    }
    String obsSym = compound ? "CAGR_observed" : "slope_observed";
    String reqSym = compound ? "CAGR_required" : "slope_required";
    if (Double.isFinite(observed)) {
      out.observedRate(observed).addInputs(Explanation.Input.of(obsSym, observed,
          compound ? "tăng trưởng kép bình quân năm quan sát được" : "thay đổi bình quân năm quan sát được",
          compound ? "observed compound annual growth" : "observed change a year"));
    }
    if (Double.isFinite(required)) {
      out.requiredRate(required).addInputs(Explanation.Input.of(reqSym, required,
          compound ? "tăng trưởng kép mỗi năm cần để đạt mục tiêu" : "thay đổi mỗi năm cần để đạt mục tiêu",
          compound ? "compound annual growth needed to reach the goal" : "change a year needed to reach the goal"));
    }
    if (ratio.isPresent() && Double.isFinite(ratio.getAsDouble())) {
      out.ratio(ratio.getAsDouble()).addInputs(Explanation.Input.of("R", ratio.getAsDouble(),
          "tỷ số tăng trưởng quan sát / cần thiết", "ratio of observed to needed growth"));
    }
    Trajectory.Projection projection = project(in, projected, end);
    if (projection != null) {
      out.projection(projection).addInputs(Explanation.Input.of("projected", projection.value(),
          "giá trị dự báo khi đến hạn", "value projected at the horizon"));
    }
    Trajectory.Status st = status;
    boolean lin = !compound;
    return out.status(st).sentence(Texts.both(lang -> status(st, lang) + ": "
        + rates(in.measure(), lin, observed, required, first, last, goal, end, lang)
        + (ratio.isPresent() && Double.isFinite(ratio.getAsDouble())
            ? " (R = " + Texts.number(ratio.getAsDouble(), 2, lang) + ")" : "")
        + projectionText(in.measure(), projection, lang))).build();
  }

  private static Trajectory growthBound(AttainmentInput in, Trajectory.Builder out, SeriesPoint first,
      SeriesPoint last, double yObs, double yRem, LocalDate end) {
    Bound.GrowthPerYear g = (Bound.GrowthPerYear) in.bound();
    double need = g.percent() / 100;
    OptionalDouble rate = Growth.compoundRate(first.value(), last.value(), yObs);
    if (rate.isEmpty() || !Double.isFinite(rate.getAsDouble())) {
      return insufficient(out, Label.of("tốc độ tăng trưởng không xác định khi giá trị đầu kỳ bằng 0",
          "the growth rate is undefined from a first value of 0"));
    }
    double observed = rate.getAsDouble();
    out.observedRate(observed).requiredRate(need)
        .addInputs(Explanation.Input.of("CAGR_observed", observed, "tăng trưởng kép bình quân năm quan sát được",
                "observed compound annual growth"),
            Explanation.Input.of("CAGR_required", need, "tăng trưởng mỗi năm theo mục tiêu", "growth a year the target asks for"));
    Trajectory.Status status;
    OptionalDouble ratio = OptionalDouble.empty();
    if (need > 0) {
      ratio = ratio(observed, need);
      status = Trajectory.Status.ofRatio(ratio.getAsDouble());
      out.ratio(ratio.getAsDouble()).addInputs(Explanation.Input.of("R", ratio.getAsDouble(),
          "tỷ số tăng trưởng quan sát / yêu cầu", "ratio of observed to required growth"));
    } else {
      status = observed < 0 ? Trajectory.Status.DETERIORATION : Trajectory.Status.LIMITED_PROGRESS;
    }
    double projected = Growth.compound(last.value(), observed, yRem);
    double goalAtEnd = Growth.compound(first.value(), need, Growth.years(first.date(), end));
    Trajectory.Projection projection = null;
    if (Double.isFinite(projected) && Double.isFinite(goalAtEnd)) {
      double shown = clamp(in.measure(), projected);
      projection = new Trajectory.Projection(end, shown, g.strict() ? projected > goalAtEnd : projected >= goalAtEnd);
      out.projection(projection).addInputs(Explanation.Input.of("projected", shown, "giá trị dự báo khi đến hạn",
          "value projected at the horizon"), Explanation.Input.of("goal_at_horizon", goalAtEnd,
          "giá trị cần có khi đến hạn theo mức tăng yêu cầu", "value the required growth reaches at the horizon"));
    }
    Trajectory.Status st = status;
    OptionalDouble r = ratio;
    Trajectory.Projection p = projection;
    return out.status(st).sentence(Texts.both(lang -> status(st, lang) + ": "
        + (lang == Texts.VI ? "tăng bình quân " + Texts.rate(observed, lang) + " (" + Texts.span(first.date(),
            last.date(), lang) + "), mục tiêu " + Texts.rate(need, lang)
            : Texts.rate(observed, lang) + " observed (" + Texts.span(first.date(), last.date(), lang)
                + "), " + Texts.rate(need, lang) + " asked for")
        + (r.isPresent() ? " (R = " + Texts.number(r.getAsDouble(), 2, lang) + ")" : "")
        + projectionText(in.measure(), p, lang))).build();
  }

  private static Trajectory reached(TrajectoryInput ti, Trajectory.Builder out, LocalDate end) {
    if (ti.atHorizon().isEmpty()) {
      return insufficient(out, Texts.both(lang -> (lang == Texts.VI ? "không có giá trị nào đến hạn "
          : "no value by the horizon's end ") + Texts.date(end, lang)));
    }
    Attainment h = ti.atHorizon().get();
    AttainmentInput hi = ti.horizonInput().get();
    Trajectory.Status st = h.met() ? Trajectory.Status.ACHIEVED : Trajectory.Status.MISSED;
    Label target = hi.bound().describe(hi.measure());
    out.addInputs(Explanation.Input.of("v_horizon", hi.value(), "giá trị khi đến hạn", "value at the horizon"));
    return out.status(st).sentence(Texts.both(lang -> status(st, lang) + " (" + Texts.date(end, lang) + "): "
        + Texts.value(hi.measure(), hi.value(), lang)
        + (lang == Texts.VI ? " so với mục tiêu " : " against a target of ") + lang.of(target))).build();
  }

  private static Trajectory insufficient(Trajectory.Builder out, Label why) {
    return out.status(Trajectory.Status.INSUFFICIENT_DATA).sentence(Label.of(
        status(Trajectory.Status.INSUFFICIENT_DATA, Texts.VI) + ": " + why.vi(),
        status(Trajectory.Status.INSUFFICIENT_DATA, Texts.EN) + ": " + why.en())).build();
  }

  /** observed / required, or empty where required is 0 or either rate is not finite. */
  private static OptionalDouble ratio(double observed, double required) {
    if (required == 0 || !Double.isFinite(observed) || !Double.isFinite(required)) {
      return OptionalDouble.empty();
    }
    double r = observed / required;
    return Double.isNaN(r) ? OptionalDouble.empty() : OptionalDouble.of(r);
  }

  private static double clamp(Measure m, double x) {
    return Math.max(m.min(), Math.min(m.max(), x));
  }

  private static Trajectory.Projection project(AttainmentInput in, double projected, LocalDate end) {
    if (!Double.isFinite(projected)) {
      return null;
    }
    double shown = clamp(in.measure(), projected);
    return new Trajectory.Projection(end, shown, in.holds(shown));
  }

  private static String status(Trajectory.Status s, Lang lang) {
    return Texts.capitalise(lang.of(s.label()));
  }

  private static String rates(Measure m, boolean linear, double observed, double required, SeriesPoint first,
      SeriesPoint last, double goal, LocalDate end, Lang lang) {
    String span = Texts.span(first.date(), last.date(), lang);
    String obs = Double.isFinite(observed) ? (linear ? Texts.slope(m, observed, lang) : Texts.rate(observed, lang))
        : "∞";
    String req = Double.isFinite(required) ? (linear ? Texts.slope(m, required, lang) : Texts.rate(required, lang))
        : "∞";
    String g = Texts.value(m, goal, lang);
    if (lang == Texts.VI) {
      return "bình quân " + obs + " (" + span + "), cần " + req + " để đạt " + g + " vào " + Texts.date(end, lang)
          + (linear ? " (theo đường thẳng)" : "");
    }
    return obs + " observed (" + span + "), " + req + " needed to reach " + g + " by " + Texts.date(end, lang)
        + (linear ? " (straight-line path)" : "");
  }

  private static String projectionText(Measure m, Trajectory.Projection p, Lang lang) {
    if (p == null) {
      return "";
    }
    String v = Texts.value(m, p.value(), lang);
    if (lang == Texts.VI) {
      return "; dự báo " + v + " khi đến hạn, " + (p.meetsTarget() ? "đạt mục tiêu" : "chưa đạt mục tiêu");
    }
    return "; projected " + v + " at the horizon, " + (p.meetsTarget() ? "meeting the target" : "short of the target");
  }
}
