package io.github.cdsvn.core.interchange;

import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.observation.Observation;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@code cds-observations} document into an {@link ObservationSet}: each observation
 * built by the {@link ObservationDecoder} the CSV reader shares, duplicates reported at both
 * places.
 */
final class JsonObservationsDecoder extends JsonDecoder {
  JsonObservationsDecoder(JsonReading reading) {
    super(reading);
  }

  ObservationSet observations(JsonValue root, IndicatorCatalogue catalogue, UnitRegistry registry) {
    JsonObjectReader doc = header(root, OBSERVATIONS);
    List<JsonValue> items = doc.array("observations", true);
    doc.finish();
    ObservationDecoder decoder = new ObservationDecoder(catalogue, registry);
    List<Observation> observations = new ArrayList<>();
    Map<ObservationDecoder.Key, Object[]> seen = new HashMap<>();
    if (items != null) {
      for (JsonValue n : items) {
        JsonObjectReader o = new JsonObjectReader(reading, n, "observation");
        if (!o.ok) {
          continue;
        }
        int before = problems().size();
        String unit = o.text("unit", true);
        String indicator = o.text("indicator", true);
        JsonValue periodNode = o.get("period", true);
        String period = null;
        if (periodNode != null) {
          if (periodNode.kind == JsonValue.Kind.STRING) {
            period = periodNode.text;
          } else if (periodNode.kind == JsonValue.Kind.NUMBER && periodNode.integral) {
            period = periodNode.text;
          } else {
            reading.add(periodNode, "wrong type: 'period' must be a year or a date written yyyy-mm-dd, not "
                + periodNode.kind.what);
          }
        }
        String level = o.text("measured_level", false);
        Double value = o.number("value", true);
        Double numerator = o.number("numerator", false);
        Double denominator = o.number("denominator", false);
        String status = o.text("status", false);
        String source = o.text("source", false);
        o.finish();
        ObservationDecoder.Where where = f -> reading.at(f.isEmpty() ? n : o.locate(f));
        Observation obs = decoder.decode(problems(), where, unit, indicator, period, level, value,
            numerator, denominator, status, source);
        if (obs == null || problems().size() > before) {
          continue;
        }
        Object[] first = seen.putIfAbsent(ObservationDecoder.Key.of(obs), new Object[] {obs, n});
        if (first != null) {
          if (!first[0].equals(obs)) {
            JsonValue at = (JsonValue) first[1];
            reading.add(n, "duplicates the observation at line " + at.line + ", column " + at.column
                + " (" + ObservationDecoder.describe(obs) + ") with a different value or details");
          }
          continue;
        }
        observations.add(obs);
      }
    }
    problems().throwIfAny();
    return ObservationSet.of(observations);
  }
}
