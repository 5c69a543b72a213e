package io.github.cdsvn.core.unit;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import io.github.cdsvn.core.InvalidDataException;
import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The administrative units known on each date, and how they became one another.
 *
 * <p>A registry answers three questions:
 * <ul>
 *   <li>which unit had code C on date D: {@link #find(String, LocalDate)},
 *       {@link #unit(String, LocalDate)};</li>
 *   <li>what did unit U become: {@link #successorsOf(AdministrativeUnit)};</li>
 *   <li>what was unit U made from: {@link #predecessorsOf(AdministrativeUnit)}.</li>
 * </ul>
 *
 * <p>{@link #standard()} ships the nation, the 63 provinces in force until 30 June 2025, the 34
 * in force from 1 July 2025 and the lineage between them. Complete lists (districts and
 * communes) are loaded through {@link #builder()}, which checks the whole list and either builds
 * or throws one {@link InvalidDataException} listing every problem.
 *
 * <p>Lists are returned in a stable order: by level, then code, then start of validity. Two
 * registries are equal when they hold the same units and the same links of lineage in the same
 * order. Immutable and thread-safe.
 */
public final class UnitRegistry {
  private static final Comparator<AdministrativeUnit> ORDER = Comparator
      .comparing(AdministrativeUnit::level)
      .thenComparing(AdministrativeUnit::code)
      .thenComparing(u -> u.validity().from().orElse(LocalDate.MIN));

  private static final class StandardHolder {
    static final UnitRegistry STANDARD = StandardUnits.registry(builder());
  }

  private final ImmutableList<AdministrativeUnit> units;
  private final ImmutableMap<String, ImmutableList<AdministrativeUnit>> byCode;
  private final ImmutableListMultimap<String, AdministrativeUnit> byParentCode;
  private final ImmutableListMultimap<AdministrativeUnit, Succession> byPredecessor;
  private final ImmutableListMultimap<AdministrativeUnit, Succession> bySuccessor;
  private final ImmutableList<Succession> successions;

  private UnitRegistry(List<AdministrativeUnit> units, List<Succession> successions) {
    this.units = ImmutableList.sortedCopyOf(ORDER, units);
    Map<String, List<AdministrativeUnit>> codes = new LinkedHashMap<>();
    ImmutableListMultimap.Builder<String, AdministrativeUnit> parents = ImmutableListMultimap.builder();
    for (AdministrativeUnit u : this.units) {
      codes.computeIfAbsent(u.code(), c -> new ArrayList<>()).add(u);
      u.parentCode().ifPresent(p -> parents.put(p, u));
    }
    ImmutableMap.Builder<String, ImmutableList<AdministrativeUnit>> byCodeBuilder = ImmutableMap.builder();
    codes.forEach((code, list) -> byCodeBuilder.put(code, ImmutableList.copyOf(list)));
    this.byCode = byCodeBuilder.build();
    this.byParentCode = parents.build();
    this.successions = ImmutableList.copyOf(successions);
    this.byPredecessor = this.successions.stream().collect(
        ImmutableListMultimap.toImmutableListMultimap(Succession::predecessor, s -> s));
    this.bySuccessor = this.successions.stream().collect(
        ImmutableListMultimap.toImmutableListMultimap(Succession::successor, s -> s));
  }

  /**
   * Returns the registry shipped with cds: the nation ({@code VN}), the 63 provinces in force
   * until 30 June 2025, the 34 in force from 1 July 2025 (Resolution 202/2025/QH15) and which
   * old provinces each new one was formed from.
   *
   * @return the standard registry
   */
  public static UnitRegistry standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Finds the unit that had a code on a date.
   *
   * @param code the official code
   * @param date the date the code is read at
   * @return the unit, or empty if no unit had that code on that date
   */
  public Optional<AdministrativeUnit> find(String code, LocalDate date) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(date, "date");
    for (AdministrativeUnit u : byCode.getOrDefault(code, ImmutableList.of())) {
      if (u.isValidOn(date)) {
        return Optional.of(u);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the unit that had a code on a date.
   *
   * @param code the official code
   * @param date the date the code is read at
   * @return the unit
   * @throws InvalidValueException if no unit had that code on that date
   */
  public AdministrativeUnit unit(String code, LocalDate date) {
    return find(code, date).orElseThrow(() -> new InvalidValueException("unit code", code,
        "names no administrative unit on " + date
            + (byCode.containsKey(code) ? "; it names " + byCode.get(code) : "")));
  }

  /**
   * Returns every unit that ever had a code, oldest first.
   *
   * @param code the official code
   * @return the units, possibly none
   */
  public ImmutableList<AdministrativeUnit> unitsWithCode(String code) {
    return byCode.getOrDefault(Objects.requireNonNull(code, "code"), ImmutableList.of());
  }

  /**
   * Returns every unit, by level, code and start of validity.
   *
   * @return all units
   */
  public ImmutableList<AdministrativeUnit> units() {
    return units;
  }

  /**
   * Returns the units of a level in force on a date, by code.
   *
   * @param level the level
   * @param date the date
   * @return the units, possibly none
   */
  public ImmutableList<AdministrativeUnit> units(AdministrativeLevel level, LocalDate date) {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(date, "date");
    return units.stream().filter(u -> u.level() == level && u.isValidOn(date))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the unit a unit belongs to.
   *
   * @param unit a unit of this registry
   * @return its parent, or empty if it has none
   */
  public Optional<AdministrativeUnit> parent(AdministrativeUnit unit) {
    return unit.parentCode().flatMap(p -> byCode.getOrDefault(p, ImmutableList.of()).stream()
        .filter(candidate -> candidate.validity().overlaps(unit.validity())).findFirst());
  }

  /**
   * Returns the unit at a higher level that a unit belongs to, following parents.
   *
   * @param unit a unit of this registry
   * @param level the level wanted; the unit's own level returns the unit
   * @return the ancestor, or empty if the chain of parents does not reach that level
   */
  public Optional<AdministrativeUnit> ancestor(AdministrativeUnit unit, AdministrativeLevel level) {
    Optional<AdministrativeUnit> current = Optional.of(unit);
    while (current.isPresent() && level.isAbove(current.get().level())) {
      current = parent(current.get());
    }
    return current.filter(u -> u.level() == level);
  }

  /**
   * Returns the units that belong to a unit, by code.
   *
   * @param parent a unit of this registry
   * @return its children, possibly none
   */
  public ImmutableList<AdministrativeUnit> children(AdministrativeUnit parent) {
    return byParentCode.get(parent.code()).stream()
        .filter(child -> child.validity().overlaps(parent.validity()))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns what a unit became: the units that received all or part of it.
   *
   * <p>Where the unit has links of its own, those are returned. A unit that has none but whose
   * parts do (a district abolished on 1 July 2025, whose communes were merged into new ones)
   * gets the links of its parts, combined: one link to each unit that received any part of it,
   * {@link Succession.Type#FULL} only where that unit received all of it. Ba Tri (836) thus
   * became seven communes, each a partial successor. Only a unit whose validity has ended is
   * given the links of its parts: the nation, still in force, did not become the provinces its
   * old provinces went into.
   *
   * @param unit a unit of this registry
   * @return the links, by successor code; empty if the unit has no successor
   */
  public ImmutableList<Succession> successorsOf(AdministrativeUnit unit) {
    ImmutableList<Succession> direct = byPredecessor.get(unit);
    if (!direct.isEmpty()) {
      return sortBy(direct, Succession::successor);
    }
    if (unit.validity().until().isEmpty()) {
      return ImmutableList.of();
    }
    List<Succession> parts = new ArrayList<>();
    boolean everyPartWent = true;
    for (AdministrativeUnit child : children(unit)) {
      ImmutableList<Succession> links = successorsOf(child);
      everyPartWent &= !links.isEmpty();
      parts.addAll(links);
    }
    if (parts.isEmpty()) {
      return ImmutableList.of();
    }
    Map<AdministrativeUnit, List<Succession>> bySuccessorUnit = new LinkedHashMap<>();
    for (Succession s : parts) {
      bySuccessorUnit.computeIfAbsent(s.successor(), k -> new ArrayList<>()).add(s);
    }
    // a part with no recorded successor did not go into the one successor: not all of it did
    boolean whole = everyPartWent && bySuccessorUnit.size() == 1
        && parts.stream().allMatch(s -> s.type() == Succession.Type.FULL);
    List<Succession> combined = new ArrayList<>();
    bySuccessorUnit.forEach((successor, links) -> combined.add(Succession.of(unit, successor,
        whole ? Succession.Type.FULL : Succession.Type.PARTIAL, links.get(0).effective())));
    return sortBy(combined, Succession::successor);
  }

  /**
   * Returns what a unit was made from: the units that went, fully or partly, into it.
   *
   * @param unit a unit of this registry
   * @return the links, by predecessor code; empty if the unit has no recorded predecessor
   */
  public ImmutableList<Succession> predecessorsOf(AdministrativeUnit unit) {
    return sortBy(bySuccessor.get(unit), Succession::predecessor);
  }

  /**
   * Returns every link of lineage, in the order added.
   *
   * @return the links
   */
  public ImmutableList<Succession> successions() {
    return successions;
  }

  /**
   * Returns the number of units.
   *
   * @return the size
   */
  public int size() {
    return units.size();
  }

  private static ImmutableList<Succession> sortBy(List<Succession> links,
      java.util.function.Function<Succession, AdministrativeUnit> key) {
    return ImmutableList.sortedCopyOf(Comparator.comparing(key, ORDER), links);
  }

  /**
   * Tells whether another registry has the same units and the same links of lineage, in the
   * same order.
   *
   * @param o the other object
   * @return {@code true} if both registries answer every question alike
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof UnitRegistry r && units.equals(r.units) && successions.equals(r.successions);
  }

  @Override
  public int hashCode() {
    return units.hashCode() * 31 + successions.hashCode();
  }

  @Override
  public String toString() {
    return "UnitRegistry{" + units.size() + " units, " + successions.size() + " successions}";
  }

  /**
   * Collects units and lineage for a registry, and checks them all when built.
   *
   * <p>{@link #build()} refuses, listing every problem: two units with one code in force on the
   * same day; a parent code that names no unit in force with the child; a parent that is not
   * above its child; a succession whose units were not added; the same succession added twice
   * with different types. Not thread-safe: use from one thread.
   */
  public static final class Builder {
    private final List<AdministrativeUnit> units = new ArrayList<>();
    private final List<Succession> successions = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a unit.
     *
     * @param unit the unit
     * @return this builder
     */
    public Builder add(AdministrativeUnit unit) {
      units.add(Objects.requireNonNull(unit, "unit"));
      return this;
    }

    /**
     * Adds units.
     *
     * @param units the units
     * @return this builder
     */
    public Builder addAll(Iterable<AdministrativeUnit> units) {
      units.forEach(this::add);
      return this;
    }

    /**
     * Adds a link of lineage; both units must also be added.
     *
     * @param succession the link
     * @return this builder
     */
    public Builder addSuccession(Succession succession) {
      successions.add(Objects.requireNonNull(succession, "succession"));
      return this;
    }

    /**
     * Checks everything and builds the registry.
     *
     * @return the registry
     * @throws InvalidDataException listing every problem found
     */
    public UnitRegistry build() {
      List<InvalidDataException.Problem> problems = new ArrayList<>();
      Map<String, List<Integer>> byCode = new HashMap<>();
      Set<AdministrativeUnit> known = new LinkedHashSet<>();
      for (int i = 0; i < units.size(); i++) {
        AdministrativeUnit u = units.get(i);
        if (!known.add(u)) {
          continue;
        }
        List<Integer> same = byCode.computeIfAbsent(u.code(), c -> new ArrayList<>());
        for (int j : same) {
          if (units.get(j).validity().overlaps(u.validity())) {
            problems.add(InvalidDataException.Problem.of(where(i, u), "code " + u.code() + " is also used by "
                + units.get(j) + " (units[" + j + "]) on overlapping dates"));
          }
        }
        same.add(i);
      }
      for (int i = 0; i < units.size(); i++) {
        AdministrativeUnit u = units.get(i);
        if (u.parentCode().isEmpty()) {
          continue;
        }
        String p = u.parentCode().get();
        Optional<AdministrativeUnit> parent = byCode.getOrDefault(p, List.of()).stream()
            .map(units::get).filter(c -> c.validity().overlaps(u.validity())).findFirst();
        if (parent.isEmpty()) {
          problems.add(InvalidDataException.Problem.of(where(i, u), "parent code " + p
              + " names no unit in force while this unit is " + u.validity()));
        } else if (!parent.get().level().isAbove(u.level())) {
          problems.add(InvalidDataException.Problem.of(where(i, u), "parent " + parent.get() + " is "
              + parent.get().level().label().en() + ", not above " + u.level().label().en()));
        }
      }
      Map<List<AdministrativeUnit>, Succession> links = new HashMap<>();
      List<Succession> distinct = new ArrayList<>();
      for (int i = 0; i < successions.size(); i++) {
        Succession s = successions.get(i);
        String at = "successions[" + i + "] (" + s.predecessor().code() + " → " + s.successor().code() + ")";
        boolean ok = true;
        if (!known.contains(s.predecessor())) {
          problems.add(InvalidDataException.Problem.of(at, "predecessor " + s.predecessor() + " was not added to the registry"));
          ok = false;
        }
        if (!known.contains(s.successor())) {
          problems.add(InvalidDataException.Problem.of(at, "successor " + s.successor() + " was not added to the registry"));
          ok = false;
        }
        Succession previous = links.putIfAbsent(List.of(s.predecessor(), s.successor()), s);
        if (previous != null && !previous.equals(s)) {
          problems.add(InvalidDataException.Problem.of(at, "added twice differently: " + previous + " and " + s));
          ok = false;
        }
        if (ok && previous == null) {
          distinct.add(s);
        }
      }
      if (!problems.isEmpty()) {
        throw new InvalidDataException("unit registry", problems);
      }
      return new UnitRegistry(new ArrayList<>(known), distinct);
    }

    private static String where(int i, AdministrativeUnit u) {
      return "units[" + i + "] (code " + u.code() + ", " + u.name() + ")";
    }
  }
}
