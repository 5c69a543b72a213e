package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Hand-made bad files, one or more for each kind of problem: every problem is reported at once,
 * at its exact location.
 */
class BadFilesTest {
  private static final JsonFormat JSON = JsonFormat.standard();
  private static final CsvFormat CSV = CsvFormat.standard();

  /** Every problem of a plan file at once. */
  @Test
  void planProblems() {
    assertThat(BadFiles.problems("plan-problems.json", JSON::readPlan)).containsExactly(
        "plan-problems.json:6:13: unit code '45' names no unit on 2026-01-01; it names [Tỉnh Quảng Trị (45, […, 2025-06-30])]",
        "plan-problems.json:24:47: Invalid value for Target.bound.value (percent, valid values 0 - 100): 120",
        "plan-problems.json:30:18: wrong type: 'horizon' must be a number, not a text",
        "plan-problems.json:33:7: unknown field 'colour' in target; known fields: indicator, level, horizon, bound, baseline, population, exclusions, source, note",
        "plan-problems.json:28:20: unknown indicator code 'gov.no-such-indicator': the catalogue has no such indicator",
        "plan-problems.json:32:31: document 3 is not an index of the plan's documents (0 to 0)",
        "plan-problems.json:35:5: Invalid value for Target.baseline (a change against the baseline bound needs a baseline year (target gov.procedures.count@province/2030)): 'none'");
  }

  /** Duplicate targets, unknown bound kinds, unknown citations, levels above the unit. */
  @Test
  void planTargets() {
    assertThat(BadFiles.problems("plan-targets.json", JSON::readPlan)).containsExactly(
        "plan-targets.json:16:5: a second target for gov.work-records.online@province/2025 (same indicator, level, horizon and population as the target at line 11, column 5)",
        "plan-targets.json:23:26: Invalid value for bound kind (valid values at_least, more_than, at_most, less_than, approximately, top_rank, relative_change, growth_per_year, milestone, ordinal_at_least, maintain): 'sometimes'",
        "plan-targets.json:24:31: no document of the plan is cited as '749/QĐ-TTg'",
        "plan-targets.json:27:56: the target measures national level, above the level of the adopting unit Tỉnh Quảng Bình (44, […, 2025-06-30])");
  }

  /** Malformed JSON is located where it is found. */
  @Test
  void malformedJson() {
    assertThat(BadFiles.problems("malformed.json", JSON::readPlan)).containsExactly(
        "malformed.json:4:3: malformed JSON: Unexpected character ('\"' (code 34)): was expecting comma to separate Object entries");
  }

  /** A file of another format. */
  @Test
  void wrongFormat() {
    assertThat(BadFiles.problems("wrong-format.json", JSON::readPlan)).containsExactly(
        "wrong-format.json:2:13: format is 'cds-units'; expected 'cds-plan'");
  }

  /** A version this reader does not read. */
  @Test
  void wrongVersion() {
    assertThat(BadFiles.problems("wrong-version.json", JSON::readPlan)).containsExactly(
        "wrong-version.json:3:14: version 2 of cds-plan is not supported; this reader reads version 1");
  }

  /** Unknown pillars, directions, blank labels, bad ranges, model refusals, codes defined twice. */
  @Test
  void catalogueProblems() {
    assertThat(BadFiles.problems("catalogue-problems.json", JSON::readCatalogue)).containsExactly(
        "catalogue-problems.json:10:17: unknown pillar 'tourism': built-in pillars are [government, economy, society, awareness, institutions, infrastructure, human-resources, cybersecurity, smart-city, overall]; write a pillar of your own as an object with its code and label",
        "catalogue-problems.json:16:20: Invalid value for direction (valid values higher_is_better, lower_is_better): 'upwards'",
        "catalogue-problems.json:14:44: Invalid value for Label.en (must not be blank): ' '",
        "catalogue-problems.json:15:54: Invalid value for Measure.max (must be above min 1): 0",
        "catalogue-problems.json:23:20: Invalid value for Indicator.direction (a rank is lower-is-better; indicator dti.rank): HIGHER_IS_BETTER",
        "catalogue-problems.json:31:27: Invalid value for Pillar.code (taken by a built-in pillar; use Pillar.parse to obtain it): 'economy'",
        "catalogue-problems.json:41:15: indicator 'econ.imports' is already defined differently at line 33, column 5");
  }

  /** Units, successions and the registry's own checks. */
  @Test
  void registryProblems() {
    assertThat(BadFiles.problems("registry-problems.json", JSON::readRegistry)).containsExactly(
        "registry-problems.json:8:50: Invalid value for UnitKind (no kind of unit with that name at district level): 'ward'",
        "registry-problems.json:9:134: Invalid value for Validity.until (must not be before from 2025-07-01): 2025-06-30",
        "registry-problems.json:14:30: unit code '29110' names no unit of this file on 2025-07-01",
        "registry-problems.json:21:15: Invalid value for succession type (valid values full, partial): 'some'",
        "registry-problems.json:22:20: 'effective' must be a date written yyyy-mm-dd, not '1 July 2025'",
        "registry-problems.json:6:5: code 83 is also used by Tỉnh Bến Tre (83, […, 2025-06-30]) (line 5) on overlapping dates",
        "registry-problems.json:7:5: parent code 99 names no unit in force while this unit is […, 2025-06-30]");
  }

  /** Unknown units on the date, out of range, duplicates, wrong types, unknown codes. */
  @Test
  void observationJsonProblems() {
    assertThat(BadFiles.problems("observations-problems.json", JSON::readObservations)).containsExactly(
        "observations-problems.json:6:15: unit code '45' names no unit on 2026-12-31, the end of period 2026; it names Tỉnh Quảng Trị (45, […, 2025-06-30])",
        "observations-problems.json:7:88: Invalid value for Observation.value (gov.work-records.online) (percent, valid values 0 - 100): 120",
        "observations-problems.json:8:105: Invalid value for Observation.numerator (must not exceed the denominator 4): 5",
        "observations-problems.json:9:5: duplicates the observation at line 5, column 5 (unit 44, gov.work-records.online, 2024) with a different value or details",
        "observations-problems.json:10:86: wrong type: 'value' must be a number, not a text",
        "observations-problems.json:10:34: unknown indicator code 'gov.no-such-indicator': the catalogue has no such indicator",
        "observations-problems.json:11:71: Invalid value for ObservationPeriod (a year such as 2024 or a date such as 2024-06-30): '2024-13-01'",
        "observations-problems.json:11:107: Invalid value for status (valid values final, provisional, estimate, illustrative): 'guessed'");
  }

  /** Numbers that do not fit the declared convention, codes, ranges, duplicates, cell counts. */
  @Test
  void observationCsvProblems() {
    assertThat(BadFiles.problems("observations-problems.csv", CSV::readObservations)).containsExactly(
        "observations-problems.csv:line 4, column value: '87.5' is not a number written with a decimal comma and '.' between thousands (declared on line 1)",
        "observations-problems.csv:line 6, column value: '1.25' is not a number written with a decimal comma and '.' between thousands (declared on line 1)",
        "observations-problems.csv:line 7, column indicator: unknown indicator code 'gov.no-such-indicator': the catalogue has no such indicator",
        "observations-problems.csv:line 8, column unit: unit code '45' names no unit on 2026-12-31, the end of period 2026; it names Tỉnh Quảng Trị (45, […, 2025-06-30])",
        "observations-problems.csv:line 9, column value: Invalid value for Observation.value (gov.work-records.online) (percent, valid values 0 - 100): 120",
        "observations-problems.csv:line 10: duplicates the observation on line 3 (unit 44, gov.work-records.online, 2024) with a different value or details",
        "observations-problems.csv:line 11, column numerator: Invalid value for Observation.numerator (must not exceed the denominator 2000): 3000",
        "observations-problems.csv:line 12: the row has 8 cells, the header 9",
        "observations-problems.csv:line 13, column period: missing period",
        "observations-problems.csv:line 13, column value: missing value",
        "observations-problems.csv:line 13, column status: Invalid value for status (valid values final, provisional, estimate, illustrative): 'sometimes'");
  }

  /** A missing required column and an unknown one. */
  @Test
  void missingColumn() {
    assertThat(BadFiles.problems("observations-missing-column.csv", CSV::readObservations)).containsExactly(
        "observations-missing-column.csv:line 2: unknown column 'amount'; the columns of cds-observations are unit,indicator,period,measured_level,value,numerator,denominator,status,source",
        "observations-missing-column.csv:line 2: missing required column 'value'");
  }

  /** A CSV file that does not declare its format. */
  @Test
  void noDirective() {
    assertThat(BadFiles.problems("observations-no-directive.csv", CSV::readObservations)).containsExactly(
        "observations-no-directive.csv:line 1: the first line must declare the format, such as #format=cds-observations;version=1");
  }

  /** A declaration with unknown keys, another version and clashing separators. */
  @Test
  void badDirective() {
    assertThat(BadFiles.problems("observations-bad-directive.csv", CSV::readObservations)).containsExactly(
        "observations-bad-directive.csv:line 1: unknown key 'colour' in the format declaration; known keys: format, version, separator, decimal, grouping",
        "observations-bad-directive.csv:line 1: version 2 of cds-observations is not supported; this reader reads version 1",
        "observations-bad-directive.csv:line 1: decimal comma and grouping comma are the same separator");
  }

  /** Malformed CSV. */
  @Test
  void unclosedQuote() {
    assertThat(BadFiles.problems("observations-unclosed-quote.csv", CSV::readObservations)).containsExactly(
        "observations-unclosed-quote.csv:line 5: malformed CSV: Missing closing quote for value");
  }

  /** Unit lists: kinds, dates and the registry's checks. */
  @Test
  void unitListProblems() {
    assertThat(BadFiles.problems("units-problems.csv", CSV::readUnitList)).containsExactly(
        "units-problems.csv:line 7, column kind: Invalid value for UnitKind (no kind of unit with that name at commune level): 'Quận'",
        "units-problems.csv:line 8, column valid_until: '30/06/2025' is not a date written yyyy-mm-dd",
        "units-problems.csv:line 6: code 836 is also used by Huyện Ba Tri (836, […, 2025-06-30]) (line 5) on overlapping dates");
  }
}
