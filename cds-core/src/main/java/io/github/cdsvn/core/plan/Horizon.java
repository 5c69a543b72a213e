package io.github.cdsvn.core.plan;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The year by which a target is to be reached: "đến năm 2025" is {@code Horizon.of(2025)}, and
 * the target is due on 31 December of that year ({@link #endDate()}).
 *
 * <p>{@link #Y2025} and {@link #Y2030} are the horizons most plans name; any year from
 * {@value #MIN_YEAR} to {@value #MAX_YEAR} is allowed ("đến hết năm 2021" is
 * {@code Horizon.of(2021)}). Horizons are ordered by year. Immutable and thread-safe.
 */
public final class Horizon implements Comparable<Horizon> {
  /** The earliest year accepted. */
  public static final int MIN_YEAR = 1945;
  /** The latest year accepted. */
  public static final int MAX_YEAR = 2100;
  /** The horizon 2025 (đến năm 2025). */
  public static final Horizon Y2025 = new Horizon(2025);
  /** The horizon 2030 (định hướng đến năm 2030). */
  public static final Horizon Y2030 = new Horizon(2030);

  private final int year;

  private Horizon(int year) {
    this.year = year;
  }

  /**
   * Obtains the horizon of a year.
   *
   * @param year the year, from {@value #MIN_YEAR} to {@value #MAX_YEAR}
   * @return the horizon
   * @throws InvalidValueException if the year is outside that range
   */
  public static Horizon of(int year) {
    InvalidValueException.requireInRange("Horizon.year", year, MIN_YEAR, MAX_YEAR);
    if (year == 2025) {
      return Y2025;
    }
    return year == 2030 ? Y2030 : new Horizon(year);
  }

  /**
   * Reads a horizon written as a year, such as {@code "2030"}.
   *
   * @param text the year
   * @return the horizon
   * @throws InvalidValueException if the text is not a year in range
   */
  public static Horizon parse(String text) {
    Objects.requireNonNull(text, "Horizon");
    String t = text.strip();
    if (!t.matches("[0-9]{4}")) {
      throw new InvalidValueException("Horizon.year", text, "a year such as 2030");
    }
    return of(Integer.parseInt(t));
  }

  /**
   * Returns the year.
   *
   * @return the year
   */
  public int year() {
    return year;
  }

  /**
   * Returns the day the target is due: 31 December of the year.
   *
   * @return the end date
   */
  public LocalDate endDate() {
    return LocalDate.of(year, 12, 31);
  }

  /**
   * Tells whether a date is after this horizon's end date.
   *
   * @param date the date
   * @return {@code true} if the date is later than 31 December of the year
   */
  public boolean hasPassed(LocalDate date) {
    return date.isAfter(endDate());
  }

  @Override
  public int compareTo(Horizon other) {
    return Integer.compare(year, other.year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Horizon h && h.year == year;
  }

  @Override
  public int hashCode() {
    return Integer.hashCode(year);
  }

  /** Returns the year, as {@link #parse(String)} reads it. */
  @Override
  public String toString() {
    return Integer.toString(year);
  }
}
