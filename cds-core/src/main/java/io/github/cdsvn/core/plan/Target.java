package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.Measure;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One numeric or qualitative target of a plan: an indicator, the level it measures, the
 * horizon, the bound it must meet, and the clause that states it.
 *
 * <pre>{@code
 * Target t = Target.builder()
 *     .indicator(catalogue.get("gov.work-records.online"))
 *     .level(AdministrativeLevel.DISTRICT)
 *     .horizon(Horizon.Y2025)
 *     .bound(Bound.atLeast(80))
 *     .addExclusions("hồ sơ công việc thuộc phạm vi bí mật Nhà nước")
 *     .source(Source.of(kh698, "80% hồ sơ công việc cấp huyện … được xử lý trên môi trường mạng"))
 *     .build();
 * }</pre>
 *
 * <p>The level measured may differ from the plan's: a province's plan sets targets for
 * district- and commune-level work records. A target is checked when built: its bound must suit
 * the indicator's measure and lie in its range (no "at least 120%"), ranks only on rank
 * indicators, milestones only on yes/no indicators, ordinal bounds only with a category of the
 * scale, and relative change and "maintain" need a baseline, which must come before the horizon.
 * Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Target {
  private static final Set<Measure.Kind> QUANTITIES = EnumSet.of(Measure.Kind.PERCENT,
      Measure.Kind.COUNT, Measure.Kind.AMOUNT, Measure.Kind.RATE_PER_YEAR, Measure.Kind.INDEX);
  private static final Set<Measure.Kind> LEVELS = EnumSet.of(Measure.Kind.PERCENT,
      Measure.Kind.COUNT, Measure.Kind.AMOUNT, Measure.Kind.INDEX);

  Target() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the indicator the target is set for.
   *
   * @return the indicator
   */
  public abstract Indicator indicator();

  /**
   * Returns the level whose units the target measures, such as district-level work records.
   *
   * @return the level
   */
  public abstract AdministrativeLevel level();

  /**
   * Returns the year by which the target is due.
   *
   * @return the horizon
   */
  public abstract Horizon horizon();

  /**
   * Returns what the value must satisfy.
   *
   * @return the bound
   */
  public abstract Bound bound();

  /**
   * Returns the starting point, where the plan states or implies one.
   *
   * @return the baseline, or empty
   */
  public abstract Optional<Baseline> baseline();

  /**
   * Returns whom or what the target covers.
   *
   * @return the population; {@link Population#EVERYONE} unless set
   */
  @Value.Default
  public Population population() {
    return Population.EVERYONE;
  }

  /**
   * Returns what the target leaves out, as the plan writes it, such as "hồ sơ công việc thuộc
   * phạm vi bí mật Nhà nước".
   *
   * @return the exclusions, possibly none
   */
  public abstract List<String> exclusions();

  /**
   * Returns the document and the verbatim clause that state the target.
   *
   * @return the source
   */
  public abstract Source source();

  /**
   * Returns a note on how the clause was read, where the source is ambiguous.
   *
   * @return the note, or empty
   */
  public abstract Optional<String> note();

  /**
   * Returns what makes this target unique within a plan.
   *
   * @return indicator code, level, horizon and population code
   */
  public final Key key() {
    return new Key(indicator().code(), level(), horizon(), population().code());
  }

  /**
   * Describes the bound in the indicator's unit, such as "tối thiểu 80%" / "at least 80%".
   *
   * @return the description
   */
  public final Label describeBound() {
    return bound().describe(indicator().measure());
  }

  /**
   * Returns a copy of this target with another bound, checked like a new target.
   *
   * @param bound the bound
   * @return the new target
   */
  public abstract Target withBound(Bound bound);

  /**
   * Returns a copy of this target with another horizon, checked like a new target.
   *
   * @param horizon the horizon
   * @return the new target
   */
  public abstract Target withHorizon(Horizon horizon);

  @Value.Check
  void check() {
    Measure measure = indicator().measure();
    Measure.Kind kind = measure.kind();
    Bound b = bound();
    String id = " (target " + key() + ")";
    if (baseline().isPresent()) {
      Baseline base = baseline().get();
      if (base.year() >= horizon().year()) {
        throw new InvalidValueException("Target.baseline.year", base.year(),
            "must be before the horizon " + horizon() + id);
      }
      if (base.value().isPresent()) {
        measure.validate("Target.baseline.value", base.value().getAsDouble());
      }
    }
    InvalidValueException.requireNoBlanks("Target.exclusions", exclusions());
    note().ifPresent(n -> InvalidValueException.requireNonBlank("Target.note", n));
    switch (b.kind()) {
      case AT_LEAST:
      case AT_MOST:
      case MORE_THAN:
      case LESS_THAN:
      case APPROXIMATELY:
        requireKind(kind, QUANTITIES, b, id);
        double v = b.threshold().getAsDouble();
        measure.validate("Target.bound.value", v);
        if (b instanceof Bound.MoreThan && v >= measure.max()) {
          throw new InvalidValueException("Target.bound.value", v,
              "'more than' must leave room below the maximum " + InvalidValueException.number(measure.max()) + id);
        }
        if (b instanceof Bound.LessThan && v <= measure.min()) {
          throw new InvalidValueException("Target.bound.value", v,
              "'less than' must leave room above the minimum " + InvalidValueException.number(measure.min()) + id);
        }
        break;
      case TOP_RANK:
        requireKind(kind, EnumSet.of(Measure.Kind.RANK), b, id);
        break;
      case RELATIVE_CHANGE:
        requireKind(kind, LEVELS, b, id);
        Baseline base = requireBaseline(b, id);
        if (base.value().isPresent()) {
          measure.validate("Target.bound (baseline × change)",
              ((Bound.RelativeChange) b).targetFrom(base.value().getAsDouble()));
        }
        break;
      case GROWTH_PER_YEAR:
        requireKind(kind, LEVELS, b, id);
        break;
      case MILESTONE:
        requireKind(kind, EnumSet.of(Measure.Kind.YES_NO), b, id);
        break;
      case ORDINAL_AT_LEAST:
        requireKind(kind, EnumSet.of(Measure.Kind.ORDINAL), b, id);
        String category = ((Bound.OrdinalAtLeast) b).category();
        if (measure.positionOf(category).isEmpty()) {
          throw new InvalidValueException("Target.bound.category", category,
              "valid values " + measure.categories().stream().map(c -> c.code()).toList() + id);
        }
        break;
      case MAINTAIN:
        requireKind(kind, EnumSet.complementOf(EnumSet.of(Measure.Kind.YES_NO)), b, id);
        requireBaseline(b, id);
        break;
      default:
        throw new AssertionError(b.kind());
    }
  }

  private static void requireKind(Measure.Kind kind, Set<Measure.Kind> allowed, Bound b, String id) {
    if (!allowed.contains(kind)) {
      throw new InvalidValueException("Target.bound", b, "a " + b.kind().label().en()
          + " bound needs an indicator measured as one of " + allowed + ", not " + kind + id);
    }
  }

  private Baseline requireBaseline(Bound b, String id) {
    return baseline().orElseThrow(() -> new InvalidValueException("Target.baseline", "none",
        "a " + b.kind().label().en() + " bound needs a baseline year" + id));
  }

  @Override
  public String toString() {
    return "Target{" + key() + ", " + describeBound().en() + ", source "
        + source().document().citation() + "}";
  }

  /**
   * Builds a {@link Target}: indicator, level, horizon, bound and source are required.
   */
  public static final class Builder extends ImmutableTarget.Builder {
    Builder() {}
  }

  /**
   * What makes a target unique within a plan: its indicator, the level it measures, its horizon
   * and the population it covers. Immutable and thread-safe.
   *
   * @param indicatorCode the indicator's code
   * @param level the level measured
   * @param horizon the horizon
   * @param populationCode the code of the population covered
   */
  public record Key(String indicatorCode, AdministrativeLevel level, Horizon horizon,
      String populationCode) {

    /**
     * Validates the key.
     *
     * @param indicatorCode the indicator's code
     * @param level the level measured
     * @param horizon the horizon
     * @param populationCode the population's code
     */
    public Key {
      Objects.requireNonNull(indicatorCode, "TargetKey.indicatorCode");
      Objects.requireNonNull(level, "TargetKey.level");
      Objects.requireNonNull(horizon, "TargetKey.horizon");
      Objects.requireNonNull(populationCode, "TargetKey.populationCode");
    }

    @Override
    public String toString() {
      return indicatorCode + "@" + level.name().toLowerCase(java.util.Locale.ROOT) + "/" + horizon
          + (populationCode.equals(Population.EVERYONE.code()) ? "" : "/" + populationCode);
    }
  }
}
