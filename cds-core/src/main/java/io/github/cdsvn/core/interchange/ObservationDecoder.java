package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.Indicator;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationPeriod;
import io.github.cdsvn.core.unit.AdministrativeLevel;
import io.github.cdsvn.core.unit.AdministrativeUnit;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds observations from the fields of a JSON object or a CSV row, resolving indicator codes
 * against a catalogue and unit codes against a registry on the observation's date. Shared by
 * the JSON and CSV readers, which name the fields alike.
 */
final class ObservationDecoder {
  /** Where a field of the item being read is, for problems. */
  interface Where {
    /**
     * Returns the location of a field ({@code unit}, {@code value}, …), or of the whole item for
     * the empty name.
     */
    String at(String field);
  }

  private final IndicatorCatalogue catalogue;
  private final UnitRegistry registry;
  private final Map<String, Indicator> indicators = new HashMap<>();

  ObservationDecoder(IndicatorCatalogue catalogue, UnitRegistry registry) {
    this.catalogue = catalogue;
    this.registry = registry;
  }

  /** Returns the observation, or null after reporting every problem of the item. */
  Observation decode(Problems problems, Where where, String unit, String indicatorCode,
      String period, String level, Double value, Double numerator, Double denominator,
      String status, String source) {
    int before = problems.size();
    Indicator indicator = null;
    if (indicatorCode != null) {
      indicator = indicators.computeIfAbsent(indicatorCode, c -> catalogue.find(c).orElse(null));
      if (indicator == null) {
        problems.add(where.at("indicator"), "unknown indicator code '" + indicatorCode
            + "': the catalogue has no such indicator");
      }
    }
    ObservationPeriod p = null;
    if (period != null) {
      try {
        p = period(period);
      } catch (InvalidValueException e) {
        problems.add(where.at("period"), e.getMessage());
      }
    }
    if (unit != null && p != null) {
      LocalDate date = p.endDate();
      if (registry.find(unit, date).isEmpty()) {
        problems.add(where.at("unit"), "unit code '" + unit + "' names no unit on " + date
            + ", the end of period " + p + otherDates(unit));
      }
    }
    AdministrativeLevel measured = null;
    if (level != null) {
      try {
        measured = AdministrativeLevel.parse(level);
      } catch (InvalidValueException e) {
        problems.add(where.at("measured_level"), e.getMessage());
      }
    }
    Observation.Status st = null;
    if (status != null) {
      try {
        st = Codes.read(Observation.Status.class, "status", status);
      } catch (InvalidValueException e) {
        problems.add(where.at("status"), e.getMessage());
      }
    }
    if (problems.size() > before || unit == null || indicator == null || p == null || value == null) {
      return null;
    }
    Observation.Builder b = Observation.builder();
    b.unitCode(unit).indicator(indicator).period(p).value(value);
    if (numerator != null) {
      b.numerator(numerator);
    }
    if (denominator != null) {
      b.denominator(denominator);
    }
    if (measured != null) {
      b.measuredLevel(measured);
    }
    if (st != null) {
      b.status(st);
    }
    if (source != null) {
      b.source(source);
    }
    try {
      return b.build();
    } catch (InvalidValueException e) {
      problems.add(where.at(field(e.field())), e.getMessage());
      return null;
    }
  }

  /**
   * Reads a period as {@link ObservationPeriod#parse} does, without its regular expression for
   * the common case of a year: the streaming readers call this once a row.
   */
  private static ObservationPeriod period(String text) {
    String t = text.strip();
    if (t.length() == 4 && t.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return ObservationPeriod.ofYear(Integer.parseInt(t));
    }
    return ObservationPeriod.parse(text);
  }

  private String otherDates(String unit) {
    List<AdministrativeUnit> same = registry.unitsWithCode(unit);
    if (same.isEmpty()) {
      return "; the registry has no unit with that code at any date";
    }
    return "; it names " + same.stream().map(AdministrativeUnit::toString)
        .collect(Collectors.joining(", "));
  }

  /** The field of the format that a refused attribute of Observation was read from. */
  static String field(String attribute) {
    String a = attribute.startsWith("Observation.") ? attribute.substring("Observation.".length()) : "";
    if (a.startsWith("value")) {
      return "value";
    }
    if (a.startsWith("numerator")) {
      return "numerator";
    }
    if (a.startsWith("denominator")) {
      return "denominator";
    }
    if (a.startsWith("unitCode")) {
      return "unit";
    }
    if (a.startsWith("source")) {
      return "source";
    }
    return "";
  }

  /** What identifies an observation in its set: two with the same key must be equal. */
  record Key(String unit, String indicator, Optional<AdministrativeLevel> level, LocalDate date) {
    static Key of(Observation o) {
      return new Key(o.unitCode(), o.indicator().code(), o.measuredLevel(), o.date());
    }
  }

  /** Describes an observation for a problem's message. */
  static String describe(Observation o) {
    return "unit " + o.unitCode() + ", " + o.indicator().code()
        + o.measuredLevel().map(l -> " at " + l.label().en()).orElse("") + ", " + o.period();
  }
}
