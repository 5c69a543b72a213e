package io.github.cdsvn.core.plan;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.internal.ValueStyle;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A digital-transformation plan: the unit that adopts it, its documents, the plans it carries
 * out and its targets.
 *
 * <pre>{@code
 * Plan quangBinh = Plan.builder()
 *     .id("quang-binh.kh-698-2022")
 *     .unit(UnitRegistry.standard().unit("44", LocalDate.of(2022, 4, 29)))
 *     .title("Kế hoạch chuyển đổi số tỉnh Quảng Bình giai đoạn đến năm 2025, định hướng đến năm 2030")
 *     .addDocuments(kh698, nq07)
 *     .addCarriesOut("vn.qd-749-2020")
 *     .addTargets(target1, target2)
 *     .build();
 * }</pre>
 *
 * <p>A plan is checked when built: it names at least one document, every target's source
 * document is one of them, no target measures a level above the adopting unit's, and no two
 * targets share indicator, level, horizon and population (all such pairs are listed in one
 * message). Targets keep the order given. Immutable and thread-safe.
 */
@Value.Immutable
@SuppressWarnings("exports") // Immutables annotations are compile-time only
@ValueStyle
public abstract class Plan {

  Plan() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the code that identifies this plan, such as {@code quang-binh.kh-698-2022}; other
   * plans name it in {@link #carriesOut()}.
   *
   * @return the lower-case dotted code
   */
  public abstract String id();

  /**
   * Returns the unit that adopted the plan, as it was when the plan was adopted.
   *
   * @return the adopting unit
   */
  public abstract AdministrativeUnit unit();

  /**
   * Returns the plan's title, in Vietnamese.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * Returns the plan's documents: the one that adopts it first, then the ones it names.
   *
   * @return at least one document
   */
  public abstract List<Document> documents();

  /**
   * Returns the ids of the plans this one carries out, such as the national programme.
   *
   * @return the ids, possibly none
   */
  public abstract List<String> carriesOut();

  /**
   * Returns the targets, in the order the plan states them.
   *
   * @return the targets, possibly none
   */
  public abstract List<Target> targets();

  /**
   * Returns notes on how the source was read: ambiguities, missing numbers, readings chosen.
   *
   * @return the notes, possibly none
   */
  public abstract List<String> notes();

  /**
   * Finds the target with a key.
   *
   * @param key indicator code, level, horizon and population
   * @return the target, or empty if the plan has none with that key
   */
  public final Optional<Target> target(Target.Key key) {
    return targets().stream().filter(t -> t.key().equals(key)).findFirst();
  }

  /**
   * Returns the targets due at a horizon, in plan order.
   *
   * @param horizon the horizon
   * @return the targets, possibly none
   */
  public final ImmutableList<Target> targets(Horizon horizon) {
    return targets().stream().filter(t -> t.horizon().equals(horizon))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns a copy of this plan with other targets, checked like a new plan.
   *
   * @param targets the targets
   * @return the new plan
   */
  public abstract Plan withTargets(Iterable<? extends Target> targets);

  @Value.Check
  void check() {
    InvalidValueException.requireCode("Plan.id", id());
    InvalidValueException.requireNonBlank("Plan.title", title());
    InvalidValueException.requireNoBlanks("Plan.notes", notes());
    if (documents().isEmpty()) {
      throw new InvalidValueException("Plan.documents", "[]", "a plan names at least one document; plan " + id());
    }
    Set<String> carried = new HashSet<>();
    for (String other : carriesOut()) {
      InvalidValueException.requireCode("Plan.carriesOut", other);
      if (other.equals(id()) || !carried.add(other)) {
        throw new InvalidValueException("Plan.carriesOut", other,
            "must name other plans, each once; plan " + id());
      }
    }
    Map<Target.Key, Integer> seen = new LinkedHashMap<>();
    List<String> duplicates = new ArrayList<>();
    for (int i = 0; i < targets().size(); i++) {
      Target t = targets().get(i);
      if (!documents().contains(t.source().document())) {
        throw new InvalidValueException("Plan.targets[" + i + "].source.document",
            t.source().document(), "must be one of the plan's documents; plan " + id());
      }
      if (t.level().isAbove(unit().level())) {
        throw new InvalidValueException("Plan.targets[" + i + "].level", t.level(),
            "must not be above the level of the adopting unit " + unit() + "; plan " + id());
      }
      Integer first = seen.putIfAbsent(t.key(), i);
      if (first != null) {
        duplicates.add("targets[" + first + "] and targets[" + i + "] both " + t.key());
      }
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidValueException("Plan.targets", String.join("; ", duplicates),
          "two targets for the same indicator, level, horizon and population; plan " + id());
    }
  }

  @Override
  public String toString() {
    return "Plan{" + id() + ", " + unit().fullName() + ", " + targets().size() + " targets}";
  }

  /** Builds a {@link Plan}: id, unit, title and at least one document are required. */
  public static final class Builder extends ImmutablePlan.Builder {
    Builder() {}
  }
}
