package io.github.cdsvn.core.indicator;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.Label;
import java.util.Objects;
import java.util.Optional;

/**
 * A group of indicators that a plan or an index scores together.
 *
 * <p>The built-in pillars are the three pillars of the Digital Transformation Index (digital
 * government, digital economy, digital society), the groups of its foundation (awareness,
 * institutions, infrastructure, human resources, cybersecurity), smart city, and
 * {@link #OVERALL} for indicators that rate digital transformation as a whole. Users define
 * their own with {@link #of(String, String, String)}.
 *
 * <p>Pillars are identified by their code; two pillars are equal when code and labels are equal.
 * This class is immutable and thread-safe.
 */
public final class Pillar implements Comparable<Pillar> {
  /** Digital government (chính quyền số). */
  public static final Pillar DIGITAL_GOVERNMENT = new Pillar("government",
      Label.of("Chính quyền số", "Digital government"), false);
  /** Digital economy (kinh tế số). */
  public static final Pillar DIGITAL_ECONOMY = new Pillar("economy",
      Label.of("Kinh tế số", "Digital economy"), false);
  /** Digital society (xã hội số). */
  public static final Pillar DIGITAL_SOCIETY = new Pillar("society",
      Label.of("Xã hội số", "Digital society"), false);
  /** Digital awareness, a foundation group of the DTI (nhận thức số). */
  public static final Pillar AWARENESS = new Pillar("awareness",
      Label.of("Nhận thức số", "Digital awareness"), true);
  /** Digital institutions, a foundation group of the DTI (thể chế số). */
  public static final Pillar INSTITUTIONS = new Pillar("institutions",
      Label.of("Thể chế số", "Digital institutions"), true);
  /** Digital infrastructure, a foundation group of the DTI (hạ tầng số). */
  public static final Pillar INFRASTRUCTURE = new Pillar("infrastructure",
      Label.of("Hạ tầng số", "Digital infrastructure"), true);
  /** Digital human resources, a foundation group of the DTI (nhân lực số). */
  public static final Pillar HUMAN_RESOURCES = new Pillar("human-resources",
      Label.of("Nhân lực số", "Digital human resources"), true);
  /** Cybersecurity, a foundation group of the DTI (an toàn thông tin mạng). */
  public static final Pillar CYBERSECURITY = new Pillar("cybersecurity",
      Label.of("An toàn, an ninh mạng", "Cybersecurity"), true);
  /**
   * Digital transformation as a whole, for indicators that rank or rate everything at once,
   * such as a province's rank on the Digital Transformation Index.
   */
  public static final Pillar OVERALL = new Pillar("overall",
      Label.of("Chuyển đổi số tổng thể", "Digital transformation overall"), false);
  /** Smart city (đô thị thông minh). */
  public static final Pillar SMART_CITY = new Pillar("smart-city",
      Label.of("Đô thị thông minh", "Smart city"), false);

  private static final ImmutableList<Pillar> BUILT_IN = ImmutableList.of(
      DIGITAL_GOVERNMENT, DIGITAL_ECONOMY, DIGITAL_SOCIETY, AWARENESS, INSTITUTIONS,
      INFRASTRUCTURE, HUMAN_RESOURCES, CYBERSECURITY, SMART_CITY, OVERALL);

  private final String code;
  private final Label label;
  private final boolean foundation;

  private Pillar(String code, Label label, boolean foundation) {
    this.code = InvalidValueException.requireCode("Pillar.code", code);
    this.label = Objects.requireNonNull(label, "Pillar.label");
    this.foundation = foundation;
  }

  /**
   * Obtains a user-defined pillar.
   *
   * @param code a lower-case code, for example {@code "tourism"}; must not be a built-in code
   * @param vi the Vietnamese name
   * @param en the English name
   * @return the pillar
   * @throws InvalidValueException if the code is malformed or taken by a built-in pillar, or a
   *     name is blank
   */
  public static Pillar of(String code, String vi, String en) {
    if (builtIn(code).isPresent()) {
      throw new InvalidValueException("Pillar.code", code,
          "taken by a built-in pillar; use Pillar.parse to obtain it");
    }
    return new Pillar(code, Label.of(vi, en), false);
  }

  /**
   * Returns the built-in pillar with the given code.
   *
   * @param code the code, for example {@code "economy"}
   * @return the pillar
   * @throws InvalidValueException if no built-in pillar has that code
   */
  public static Pillar parse(String code) {
    return builtIn(code).orElseThrow(() -> new InvalidValueException("Pillar.code", code,
        "valid values " + String.join(", ", BUILT_IN.stream().map(Pillar::code).toList())));
  }

  /**
   * Finds the built-in pillar with the given code.
   *
   * @param code the code
   * @return the pillar, or empty if no built-in pillar has that code
   */
  public static Optional<Pillar> builtIn(String code) {
    return BUILT_IN.stream().filter(p -> p.code.equals(code)).findFirst();
  }

  /**
   * Returns the built-in pillars in their documented order.
   *
   * @return the ten built-in pillars
   */
  public static ImmutableList<Pillar> builtIns() {
    return BUILT_IN;
  }

  /**
   * Returns the code that identifies this pillar.
   *
   * @return the lower-case code
   */
  public String code() {
    return code;
  }

  /**
   * Returns the name of this pillar.
   *
   * @return the Vietnamese and English name
   */
  public Label label() {
    return label;
  }

  /**
   * Tells whether this is one of the DTI's foundation groups.
   *
   * @return {@code true} for awareness, institutions, infrastructure, human resources and
   *     cybersecurity
   */
  public boolean isFoundation() {
    return foundation;
  }

  /**
   * Orders built-in pillars in their documented order, then user pillars by code (and labels,
   * so that the order agrees with {@link #equals(Object)}).
   */
  @Override
  public int compareTo(Pillar other) {
    int a = BUILT_IN.indexOf(this);
    int b = BUILT_IN.indexOf(other);
    if (a >= 0 || b >= 0) {
      return Integer.compare(a < 0 ? Integer.MAX_VALUE : a, b < 0 ? Integer.MAX_VALUE : b);
    }
    int c = code.compareTo(other.code);
    if (c != 0) {
      return c;
    }
    c = label.vi().compareTo(other.label.vi());
    return c != 0 ? c : label.en().compareTo(other.label.en());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Pillar p && code.equals(p.code) && label.equals(p.label)
        && foundation == p.foundation;
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
