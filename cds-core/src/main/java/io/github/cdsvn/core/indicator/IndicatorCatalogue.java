package io.github.cdsvn.core.indicator;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.cdsvn.core.InvalidValueException;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A set of indicators looked up by code.
 *
 * <p>{@link #standard()} ships every indicator that the national digital-transformation
 * programme (Decision 749/QĐ-TTg) and the example plans use. Users build their own catalogue,
 * or extend the standard one:
 *
 * <pre>{@code
 * IndicatorCatalogue mine = IndicatorCatalogue.builder()
 *     .addAll(IndicatorCatalogue.standard().indicators())
 *     .add(myIndicator)
 *     .build();
 * }</pre>
 *
 * <p>Indicators are kept in code order, so iteration is stable. A code may appear only once;
 * adding the same indicator twice is harmless, adding a different definition under a code
 * already taken is refused. Immutable and thread-safe.
 */
public final class IndicatorCatalogue {
  private static final class StandardHolder {
    static final IndicatorCatalogue STANDARD = builder().addAll(StandardIndicators.all()).build();
  }

  private final ImmutableSortedMap<String, Indicator> byCode;

  private IndicatorCatalogue(ImmutableSortedMap<String, Indicator> byCode) {
    this.byCode = byCode;
  }

  /**
   * Returns the catalogue shipped with cds: the indicators of Decision 749/QĐ-TTg and of the
   * example plans.
   *
   * @return the standard catalogue
   */
  public static IndicatorCatalogue standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Returns a catalogue of the given indicators.
   *
   * @param indicators the indicators; codes must be distinct
   * @return the catalogue
   * @throws InvalidValueException if two different indicators share a code
   */
  public static IndicatorCatalogue of(Collection<Indicator> indicators) {
    return builder().addAll(indicators).build();
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
   * Finds the indicator with a code.
   *
   * @param code the code
   * @return the indicator, or empty if this catalogue has none with that code
   */
  public Optional<Indicator> find(String code) {
    return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
  }

  /**
   * Returns the indicator with a code.
   *
   * @param code the code
   * @return the indicator
   * @throws InvalidValueException if this catalogue has no indicator with that code
   */
  public Indicator get(String code) {
    return find(code).orElseThrow(() -> new InvalidValueException("Indicator.code", code,
        "no such indicator in the catalogue"));
  }

  /**
   * Tells whether this catalogue has an indicator with a code.
   *
   * @param code the code
   * @return {@code true} if it has one
   */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  /**
   * Returns every indicator, in code order.
   *
   * @return the indicators
   */
  public ImmutableList<Indicator> indicators() {
    return byCode.values().asList();
  }

  /**
   * Returns the indicators of one pillar, in code order.
   *
   * @param pillar the pillar
   * @return its indicators, possibly none
   */
  public ImmutableList<Indicator> indicators(Pillar pillar) {
    return byCode.values().stream().filter(i -> i.pillar().equals(pillar))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the number of indicators.
   *
   * @return the size
   */
  public int size() {
    return byCode.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorCatalogue c && byCode.equals(c.byCode);
  }

  @Override
  public int hashCode() {
    return byCode.hashCode();
  }

  @Override
  public String toString() {
    return "IndicatorCatalogue" + byCode.keySet();
  }

  /** Collects indicators for a catalogue; not thread-safe, use from one thread. */
  public static final class Builder {
    private final TreeMap<String, Indicator> byCode = new TreeMap<>();

    private Builder() {}

    /**
     * Adds an indicator.
     *
     * @param indicator the indicator
     * @return this builder
     * @throws InvalidValueException if a different indicator with the same code was added
     */
    public Builder add(Indicator indicator) {
      Objects.requireNonNull(indicator, "indicator");
      Indicator previous = byCode.putIfAbsent(indicator.code(), indicator);
      if (previous != null && !previous.equals(indicator)) {
        throw new InvalidValueException("Indicator.code", indicator.code(),
            "already defined differently in this catalogue: " + previous);
      }
      return this;
    }

    /**
     * Adds indicators.
     *
     * @param indicators the indicators
     * @return this builder
     * @throws InvalidValueException if a code is defined twice differently
     */
    public Builder addAll(Iterable<Indicator> indicators) {
      indicators.forEach(this::add);
      return this;
    }

    /**
     * Builds the catalogue.
     *
     * @return the catalogue
     */
    public IndicatorCatalogue build() {
      return new IndicatorCatalogue(ImmutableSortedMap.copyOfSorted(byCode));
    }
  }
}
