/**
 * The model of cds: indicators, administrative units and their lineage, horizons, targets,
 * plans and observations of Vietnam's digital-transformation (chuyển đổi số) plans.
 */
@SuppressWarnings({"requires-automatic", "module"}) // compile-time annotations; a qualified export to the engine
module io.github.cdsvn.core {
  requires transitive com.google.common;
  requires static org.immutables.value.annotations;
  // the interchange formats only: optional at run time, the model works without Jackson
  requires static com.fasterxml.jackson.databind;
  requires static com.fasterxml.jackson.dataformat.csv;

  exports io.github.cdsvn.core;
  exports io.github.cdsvn.core.indicator;
  exports io.github.cdsvn.core.unit;
  exports io.github.cdsvn.core.plan;
  exports io.github.cdsvn.core.observation;
  exports io.github.cdsvn.core.interchange;
  // the columns of observation sets and the style of value types, for the scoring engine only; not API
  exports io.github.cdsvn.core.internal to io.github.cdsvn.scoring;
}
