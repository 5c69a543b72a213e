package io.github.cdsvn.scoring;

import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Direction;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.core.plan.Target;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Compares the ambition of two targets for the same indicator: which asks for a better value.
 *
 * <p>The rules, with "better" read in the indicator's direction:
 * <ul>
 *   <li>at least, more than, at most, less than, approximately: each is read as the least good
 *       value it accepts (its threshold; for "approximately" the edge of its tolerance on the
 *       worse side) and whether that value itself is excluded (strict). The better threshold is
 *       more ambitious; at equal numbers a strict bound ("trên 80%") is marginally more ambitious
 *       than a non-strict one ("tối thiểu 80%"). A ceiling on a higher-is-better indicator, or a
 *       floor on a lower-is-better one, states no ambition and is not comparable;</li>
 *   <li>top N of M: the smaller leading group; with different M (63 and 34 provinces), the
 *       smaller share N / M, compared exactly by cross-multiplication;</li>
 *   <li>relative change: the bigger change in the better direction, for the same baseline year;</li>
 *   <li>growth per year: the faster growth, strictness as above;</li>
 *   <li>ordinal category: the better category;</li>
 *   <li>milestone against milestone, and maintain against maintain with the same baseline year:
 *       equally ambitious;</li>
 *   <li>any other pair of kinds: not comparable.</li>
 * </ul>
 */
final class BoundAmbition {
  private BoundAmbition() {}

  /**
   * The outcome of a comparison.
   *
   * @param order {@code +1} if the first target is more ambitious, {@code 0} if equally,
   *     {@code -1} if less; empty if the two cannot be compared
   * @param marginal {@code true} if only strictness differs ("trên" against "tối thiểu")
   * @param reason why, in Vietnamese and English
   */
  record Judgement(OptionalInt order, boolean marginal, Label reason) {
    /**
     * Validates the judgement.
     *
     * @param order the order, or empty
     * @param marginal whether only strictness differs
     * @param reason why
     */
    Judgement {
      Objects.requireNonNull(order, "order");
      Objects.requireNonNull(reason, "reason");
    }

    static Judgement of(int order, String vi, String en) {
      return new Judgement(OptionalInt.of(Integer.signum(order)), false, Label.of(vi, en));
    }

    static Judgement marginal(int order, String vi, String en) {
      return new Judgement(OptionalInt.of(Integer.signum(order)), true, Label.of(vi, en));
    }

    static Judgement notComparable(String vi, String en) {
      return new Judgement(OptionalInt.empty(), false, Label.of(vi, en));
    }
  }

  /** The least good value a level bound accepts, in "greater is better" terms. */
  private record Floor(double goodness, boolean strict, boolean approximate, double value) {}

  /**
   * Compares a target with another for the same indicator.
   *
   * @param target the target judged
   * @param other the target it is judged against
   * @return the judgement
   */
  static Judgement compare(Target target, Target other) {
    Indicator indicator = target.indicator();
    if (!indicator.equals(other.indicator())) {
      return Judgement.notComparable(
          "hai kế hoạch định nghĩa chỉ số " + indicator.code() + " khác nhau",
          "the two plans define indicator " + indicator.code() + " differently");
    }
    Direction direction = indicator.direction();
    Bound a = target.bound();
    Bound b = other.bound();
    Optional<Floor> fa = floor(a, direction);
    Optional<Floor> fb = floor(b, direction);
    if (isLevel(a.kind()) && isLevel(b.kind())) {
      if (fa.isEmpty() || fb.isEmpty()) {
        return direction == Direction.HIGHER_IS_BETTER
            ? Judgement.notComparable("mức trần ('tối đa', 'dưới') cho chỉ số càng cao càng tốt không thể hiện mức phấn đấu",
                "a ceiling ('at most', 'less than') on a higher-is-better indicator states no ambition")
            : Judgement.notComparable("mức sàn ('tối thiểu', 'trên') cho chỉ số càng thấp càng tốt không thể hiện mức phấn đấu",
                "a floor ('at least', 'more than') on a lower-is-better indicator states no ambition");
      }
      return compareFloors(fa.get(), fb.get(), direction);
    }
    if (a.kind() != b.kind()) {
      return Judgement.notComparable(
          "không so sánh được chỉ tiêu dạng '" + a.kind().label().vi() + "' với chỉ tiêu dạng '"
              + b.kind().label().vi() + "'",
          "a target of kind '" + a.kind().label().en() + "' cannot be compared with one of kind '"
              + b.kind().label().en() + "'");
    }
    switch (a.kind()) {
      case TOP_RANK:
        return compareRanks((Bound.TopRank) a, (Bound.TopRank) b);
      case RELATIVE_CHANGE: {
        int ya = target.baseline().orElseThrow().year();
        int yb = other.baseline().orElseThrow().year();
        if (ya != yb) {
          return differentBaselines(ya, yb);
        }
        double pa = ((Bound.RelativeChange) a).percent();
        double pb = ((Bound.RelativeChange) b).percent();
        int c = Double.compare(direction.sign() * pa + 0.0, direction.sign() * pb + 0.0);
        Label na = Label.number(pa);
        Label nb = Label.number(pb);
        String nums = " (" + na.vi() + "% so với " + nb.vi() + "%, năm cơ sở " + ya + ")";
        String numsEn = " (" + na.en() + "% against " + nb.en() + "%, baseline " + ya + ")";
        return c == 0 ? Judgement.of(0, "cùng mức thay đổi" + nums, "the same change" + numsEn)
            : c > 0 ? Judgement.of(1, "thay đổi nhiều hơn theo hướng tốt" + nums, "a bigger change for the better" + numsEn)
            : Judgement.of(-1, "thay đổi ít hơn theo hướng tốt" + nums, "a smaller change for the better" + numsEn);
      }
      case GROWTH_PER_YEAR: {
        Bound.GrowthPerYear ga = (Bound.GrowthPerYear) a;
        Bound.GrowthPerYear gb = (Bound.GrowthPerYear) b;
        return compareFloors(new Floor(direction.sign() * ga.percent() + 0.0, ga.strict(), false, ga.percent()),
            new Floor(direction.sign() * gb.percent() + 0.0, gb.strict(), false, gb.percent()), direction);
      }
      case ORDINAL_AT_LEAST: {
        Measure m = indicator.measure();
        String ca = ((Bound.OrdinalAtLeast) a).category();
        String cb = ((Bound.OrdinalAtLeast) b).category();
        int pa = m.positionOf(ca).orElseThrow();
        int pb = m.positionOf(cb).orElseThrow();
        Label la = m.categoryAt(pa).orElseThrow().label();
        Label lb = m.categoryAt(pb).orElseThrow().label();
        int c = Integer.compare(direction.sign() * pa, direction.sign() * pb);
        String nums = " (" + la.vi() + " so với " + lb.vi() + ")";
        String numsEn = " (" + la.en() + " against " + lb.en() + ")";
        return c == 0 ? Judgement.of(0, "cùng nhóm" + nums, "the same group" + numsEn)
            : c > 0 ? Judgement.of(1, "nhóm cao hơn" + nums, "a better group" + numsEn)
            : Judgement.of(-1, "nhóm thấp hơn" + nums, "a lower group" + numsEn);
      }
      case MILESTONE:
        return Judgement.of(0, "cả hai đều yêu cầu hoàn thành", "both require it done");
      case MAINTAIN: {
        int ya = target.baseline().orElseThrow().year();
        int yb = other.baseline().orElseThrow().year();
        if (ya != yb) {
          return differentBaselines(ya, yb);
        }
        return Judgement.of(0, "cả hai đều yêu cầu không kém năm cơ sở " + ya,
            "both require no worse than the baseline " + ya);
      }
      default:
        throw new AssertionError(a.kind());
    }
  }

  private static Judgement differentBaselines(int ya, int yb) {
    return Judgement.notComparable("năm cơ sở khác nhau (" + ya + " và " + yb + ")",
        "different baseline years (" + ya + " and " + yb + ")");
  }

  private static boolean isLevel(Bound.Kind kind) {
    switch (kind) {
      case AT_LEAST:
      case MORE_THAN:
      case AT_MOST:
      case LESS_THAN:
      case APPROXIMATELY:
        return true;
      default:
        return false;
    }
  }

  private static Optional<Floor> floor(Bound bound, Direction direction) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    int s = direction.sign();
    switch (bound.kind()) {
      case AT_LEAST:
      case MORE_THAN: {
        double v = bound.threshold().getAsDouble();
        return higher ? Optional.of(new Floor(v + 0.0, bound.isStrict(), false, v)) : Optional.empty();
      }
      case AT_MOST:
      case LESS_THAN: {
        double v = bound.threshold().getAsDouble();
        return higher ? Optional.empty() : Optional.of(new Floor(-v + 0.0, bound.isStrict(), false, v));
      }
      case APPROXIMATELY: {
        Bound.Approximately ap = (Bound.Approximately) bound;
        double edge = higher ? ap.value() - ap.tolerance() : ap.value() + ap.tolerance();
        return Optional.of(new Floor(s * edge + 0.0, false, true, edge));
      }
      default:
        return Optional.empty();
    }
  }

  private static Judgement compareFloors(Floor a, Floor b, Direction direction) {
    boolean higher = direction == Direction.HIGHER_IS_BETTER;
    String note = "";
    String noteEn = "";
    if (a.approximate() || b.approximate()) {
      note = "; chỉ tiêu 'khoảng' được so bằng giá trị kém nhất nó chấp nhận";
      noteEn = "; an approximate target is compared by the least good value it accepts";
    }
    Label va = Label.number(a.value());
    Label vb = Label.number(b.value());
    String nums = " (" + va.vi() + " so với " + vb.vi() + note + ")";
    String numsEn = " (" + va.en() + " against " + vb.en() + noteEn + ")";
    if (a.goodness() > b.goodness()) {
      return higher ? Judgement.of(1, "ngưỡng cao hơn" + nums, "a higher threshold" + numsEn)
          : Judgement.of(1, "ngưỡng thấp hơn" + nums, "a lower ceiling" + numsEn);
    }
    if (a.goodness() < b.goodness()) {
      return higher ? Judgement.of(-1, "ngưỡng thấp hơn" + nums, "a lower threshold" + numsEn)
          : Judgement.of(-1, "ngưỡng cao hơn" + nums, "a higher ceiling" + numsEn);
    }
    if (a.strict() == b.strict()) {
      return Judgement.of(0, "cùng ngưỡng" + nums, "the same threshold" + numsEn);
    }
    String word = higher ? "trên" : "dưới";
    String wordEn = higher ? "more than" : "less than";
    return a.strict()
        ? Judgement.marginal(1, "cùng con số, nhưng '" + word + "' không tính chính con số đó nên cao hơn một chút" + nums,
            "the same number, but '" + wordEn + "' excludes the number itself: marginally more ambitious" + numsEn)
        : Judgement.marginal(-1, "cùng con số, nhưng chỉ tiêu kia là '" + word + "', không tính chính con số đó" + nums,
            "the same number, but the other target says '" + wordEn + "', excluding the number itself: marginally less ambitious"
                + numsEn);
  }

  private static Judgement compareRanks(Bound.TopRank a, Bound.TopRank b) {
    if (a.of() == b.of()) {
      int c = Integer.compare(b.n(), a.n());
      String nums = " (" + a.n() + "/" + a.of() + " so với " + b.n() + "/" + b.of() + ")";
      String numsEn = " (" + a.n() + " of " + a.of() + " against " + b.n() + " of " + b.of() + ")";
      return c == 0 ? Judgement.of(0, "cùng nhóm dẫn đầu" + nums, "the same leading group" + numsEn)
          : c > 0 ? Judgement.of(1, "nhóm dẫn đầu nhỏ hơn" + nums, "a smaller leading group" + numsEn)
          : Judgement.of(-1, "nhóm dẫn đầu lớn hơn" + nums, "a larger leading group" + numsEn);
    }
    long left = (long) a.n() * b.of();
    long right = (long) b.n() * a.of();
    int c = Long.compare(right, left);
    String shares = " (" + a.n() + "/" + a.of() + " ≈ " + percent(a, true) + " so với " + b.n() + "/" + b.of()
        + " ≈ " + percent(b, true) + "; so theo tỷ lệ N/M vì số đơn vị được xếp hạng khác nhau)";
    String sharesEn = " (" + a.n() + " of " + a.of() + " ≈ " + percent(a, false) + " against " + b.n() + " of "
        + b.of() + " ≈ " + percent(b, false) + "; compared as shares N/M because the numbers ranked differ)";
    return c == 0 ? Judgement.of(0, "cùng tỷ lệ nhóm dẫn đầu" + shares, "the same share leading" + sharesEn)
        : c > 0 ? Judgement.of(1, "tỷ lệ nhóm dẫn đầu nhỏ hơn" + shares, "a smaller share leading" + sharesEn)
        : Judgement.of(-1, "tỷ lệ nhóm dẫn đầu lớn hơn" + shares, "a larger share leading" + sharesEn);
  }

  private static String percent(Bound.TopRank r, boolean vi) {
    String s = String.format(Locale.ROOT, "%.1f%%", 100.0 * r.n() / r.of());
    return vi ? s.replace('.', ',') : s;
  }
}
