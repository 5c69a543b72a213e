package io.github.cdsvn.core.observation;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.plan.Horizon;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The time an observation refers to: a whole year, or a day.
 *
 * <p>A year counts as observed on its last day, so the value for 2024 is the latest one on or
 * before any date from 31 December 2024. Periods are ordered by {@link #endDate()}. Immutable
 * and thread-safe.
 */
public final class ObservationPeriod implements Comparable<ObservationPeriod> {
  private final LocalDate endDate;
  private final boolean year;

  private ObservationPeriod(LocalDate endDate, boolean year) {
    this.endDate = endDate;
    this.year = year;
  }

  /**
   * The whole of a year.
   *
   * @param year the year, from {@value Horizon#MIN_YEAR} to {@value Horizon#MAX_YEAR}
   * @return the period
   * @throws InvalidValueException if the year is out of range
   */
  public static ObservationPeriod ofYear(int year) {
    InvalidValueException.requireInRange("ObservationPeriod.year", year, Horizon.MIN_YEAR, Horizon.MAX_YEAR);
    return new ObservationPeriod(LocalDate.of(year, 12, 31), true);
  }

  /**
   * A single day.
   *
   * @param date the day, in years {@value Horizon#MIN_YEAR} to {@value Horizon#MAX_YEAR}
   * @return the period
   * @throws InvalidValueException if the year is out of range
   */
  public static ObservationPeriod ofDate(LocalDate date) {
    Objects.requireNonNull(date, "ObservationPeriod.date");
    InvalidValueException.requireInRange("ObservationPeriod.date", date.getYear(), Horizon.MIN_YEAR, Horizon.MAX_YEAR);
    return new ObservationPeriod(date, false);
  }

  /**
   * Reads a period written as a year ({@code 2024}) or an ISO date ({@code 2024-06-30}).
   *
   * @param text the period
   * @return the period
   * @throws InvalidValueException if the text is neither
   */
  public static ObservationPeriod parse(String text) {
    Objects.requireNonNull(text, "ObservationPeriod");
    String t = text.strip();
    try {
      if (t.matches("[0-9]{4}")) {
        return ofYear(Integer.parseInt(t));
      }
      return ofDate(LocalDate.parse(t));
    } catch (DateTimeParseException e) {
      throw new InvalidValueException("ObservationPeriod", text, "a year such as 2024 or a date such as 2024-06-30");
    }
  }

  /**
   * Returns the last day of the period, the day the value counts as observed.
   *
   * @return the end date
   */
  public LocalDate endDate() {
    return endDate;
  }

  /**
   * Tells whether this period is a whole year.
   *
   * @return {@code true} for a year, {@code false} for a day
   */
  public boolean isYear() {
    return year;
  }

  /**
   * Returns the year the period ends in.
   *
   * @return the year
   */
  public int year() {
    return endDate.getYear();
  }

  @Override
  public int compareTo(ObservationPeriod other) {
    int c = endDate.compareTo(other.endDate);
    return c != 0 ? c : Boolean.compare(year, other.year);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ObservationPeriod p && p.endDate.equals(endDate) && p.year == year;
  }

  @Override
  public int hashCode() {
    return endDate.hashCode() * 31 + (year ? 1 : 0);
  }

  /** Returns the period as {@link #parse(String)} reads it: {@code 2024} or {@code 2024-06-30}. */
  @Override
  public String toString() {
    return year ? Integer.toString(endDate.getYear()) : endDate.toString();
  }
}
