package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Measure;
import java.util.OptionalDouble;

/**
 * The records behind the kinds of {@link Bound}, one for each, named as the kind so that
 * {@code toString()} reads {@code AtLeast[value=80.0]}. Each checks its numbers when made; only
 * {@link Bound}'s factories make them.
 */
final class BoundRecords {
  private BoundRecords() {}

  private static String unit(Measure measure) {
    return measure.unit().isEmpty() ? "" : (measure.unit().startsWith("%") ? "" : " ") + measure.unit();
  }

  private static Label phrase(String vi, String en, double value, Measure measure) {
    String u = unit(measure);
    Label number = Label.number(value);
    return Label.of(vi + " " + number.vi() + u, en + " " + number.en() + u);
  }

  record AtLeast(double value) implements Bound.AtLeast {
    AtLeast {
      InvalidValueException.requireFinite("Bound.value", value);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.AT_LEAST;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("tối thiểu", "at least", value, measure);
    }
  }

  record MoreThan(double value) implements Bound.MoreThan {
    MoreThan {
      InvalidValueException.requireFinite("Bound.value", value);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.MORE_THAN;
    }

    @Override
    public boolean isStrict() {
      return true;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("trên", "more than", value, measure);
    }
  }

  record AtMost(double value) implements Bound.AtMost {
    AtMost {
      InvalidValueException.requireFinite("Bound.value", value);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.AT_MOST;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("tối đa", "at most", value, measure);
    }
  }

  record LessThan(double value) implements Bound.LessThan {
    LessThan {
      InvalidValueException.requireFinite("Bound.value", value);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.LESS_THAN;
    }

    @Override
    public boolean isStrict() {
      return true;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      return phrase("dưới", "less than", value, measure);
    }
  }

  record Approximately(double value, double tolerance) implements Bound.Approximately {
    Approximately {
      InvalidValueException.requireFinite("Bound.value", value);
      InvalidValueException.requireNonNegative("Bound.tolerance", tolerance);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.APPROXIMATELY;
    }

    @Override
    public OptionalDouble threshold() {
      return OptionalDouble.of(value);
    }

    @Override
    public Label describe(Measure measure) {
      String u = unit(measure);
      Label v = Label.number(value);
      Label t = Label.number(tolerance);
      return Label.of("khoảng " + v.vi() + u + " (±" + t.vi() + ")",
          "approximately " + v.en() + u + " (±" + t.en() + ")");
    }
  }

  record TopRank(int n, int of) implements Bound.TopRank {
    TopRank {
      if (of < 1) {
        throw new InvalidValueException("Bound.of", of, "the number of units ranked, at least 1");
      }
      InvalidValueException.requireInRange("Bound.n", n, 1, of);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.TOP_RANK;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("thuộc nhóm " + n + "/" + of + " dẫn đầu", "within the top " + n + " of " + of);
    }
  }

  record RelativeChange(double percent) implements Bound.RelativeChange {
    RelativeChange {
      InvalidValueException.requireFinite("Bound.percent", percent);
      if (percent <= -100 || percent == 0) {
        throw new InvalidValueException("Bound.percent", percent,
            "a change in percent, above -100 and not 0");
      }
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.RELATIVE_CHANGE;
    }

    @Override
    public Label describe(Measure measure) {
      Label p = Label.number(Math.abs(percent));
      return percent < 0
          ? Label.of("giảm " + p.vi() + "% so với năm cơ sở", p.en() + "% below the baseline")
          : Label.of("tăng " + p.vi() + "% so với năm cơ sở", p.en() + "% above the baseline");
    }
  }

  record GrowthPerYear(double percent, boolean strict) implements Bound.GrowthPerYear {
    GrowthPerYear {
      InvalidValueException.requireFinite("Bound.percent", percent);
      if (percent <= -100) {
        throw new InvalidValueException("Bound.percent", percent, "a growth in percent a year, above -100");
      }
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.GROWTH_PER_YEAR;
    }

    @Override
    public boolean isStrict() {
      return strict;
    }

    @Override
    public Label describe(Measure measure) {
      Label p = Label.number(percent);
      return strict
          ? Label.of("tăng trên " + p.vi() + "%/năm", "growth of more than " + p.en() + "% a year")
          : Label.of("tăng tối thiểu " + p.vi() + "%/năm", "growth of at least " + p.en() + "% a year");
    }
  }

  record Milestone() implements Bound.Milestone {
    @Override
    public Bound.Kind kind() {
      return Bound.Kind.MILESTONE;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("hoàn thành", "done");
    }
  }

  record OrdinalAtLeast(String category) implements Bound.OrdinalAtLeast {
    OrdinalAtLeast {
      InvalidValueException.requireCode("Bound.category", category);
    }

    @Override
    public Bound.Kind kind() {
      return Bound.Kind.ORDINAL_AT_LEAST;
    }

    @Override
    public Label describe(Measure measure) {
      int at = measure.positionOf(category).orElse(-1);
      Label name = measure.categoryAt(at).map(c -> c.label()).orElse(Label.of(category, category));
      return Label.of("thuộc nhóm " + name.vi() + " trở lên", "in the group " + name.en() + " or better");
    }
  }

  record Maintain() implements Bound.Maintain {
    @Override
    public Bound.Kind kind() {
      return Bound.Kind.MAINTAIN;
    }

    @Override
    public Label describe(Measure measure) {
      return Label.of("duy trì, không kém năm cơ sở", "no worse than the baseline");
    }
  }
}
