package io.github.cdsvn.core.unit;

import io.github.cdsvn.core.InvalidValueException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days between which something is in force, both ends inclusive and either end open.
 *
 * <p>Units of the old three-tier system are {@code Validity.until(2025-06-30)}; those created by
 * the 2025 reform are {@code Validity.from(2025-07-01)}. Immutable and thread-safe.
 */
public final class Validity {
  private static final Validity ALWAYS = new Validity(null, null);

  private final LocalDate from;
  private final LocalDate until;

  private Validity(LocalDate from, LocalDate until) {
    if (from != null && until != null && until.isBefore(from)) {
      throw new InvalidValueException("Validity.until", until, "must not be before from " + from);
    }
    this.from = from;
    this.until = until;
  }

  /**
   * In force on every day.
   *
   * @return the open validity
   */
  public static Validity always() {
    return ALWAYS;
  }

  /**
   * In force from a day on.
   *
   * @param from the first day in force
   * @return the validity
   */
  public static Validity from(LocalDate from) {
    return new Validity(Objects.requireNonNull(from, "Validity.from"), null);
  }

  /**
   * In force up to and including a day.
   *
   * @param until the last day in force
   * @return the validity
   */
  public static Validity until(LocalDate until) {
    return new Validity(null, Objects.requireNonNull(until, "Validity.until"));
  }

  /**
   * In force between two days, both inclusive.
   *
   * @param from the first day in force
   * @param until the last day in force, not before {@code from}
   * @return the validity
   * @throws InvalidValueException if {@code until} is before {@code from}
   */
  public static Validity between(LocalDate from, LocalDate until) {
    return new Validity(Objects.requireNonNull(from, "Validity.from"),
        Objects.requireNonNull(until, "Validity.until"));
  }

  /**
   * Returns the first day in force.
   *
   * @return the day, or empty if open at the start
   */
  public Optional<LocalDate> from() {
    return Optional.ofNullable(from);
  }

  /**
   * Returns the last day in force.
   *
   * @return the day, or empty if open at the end
   */
  public Optional<LocalDate> until() {
    return Optional.ofNullable(until);
  }

  /**
   * Tells whether a day is in force.
   *
   * @param date the day
   * @return {@code true} if it lies between the ends
   */
  public boolean contains(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
  }

  /**
   * Tells whether this validity shares at least one day with another.
   *
   * @param other the other validity
   * @return {@code true} if they overlap
   */
  public boolean overlaps(Validity other) {
    return (from == null || other.until == null || !other.until.isBefore(from))
        && (until == null || other.from == null || !other.from.isAfter(until));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Validity v && Objects.equals(from, v.from) && Objects.equals(until, v.until);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, until);
  }

  @Override
  public String toString() {
    return "[" + (from == null ? "…" : from) + ", " + (until == null ? "…" : until) + "]";
  }
}
