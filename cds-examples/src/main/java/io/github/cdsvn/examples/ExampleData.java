package io.github.cdsvn.examples;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.InvalidValueException;
import io.github.cdsvn.core.indicator.IndicatorCatalogue;
import io.github.cdsvn.core.interchange.JsonFormat;
import io.github.cdsvn.core.observation.ObservationSet;
import io.github.cdsvn.core.plan.Plan;
import io.github.cdsvn.core.unit.UnitRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The example data shipped in this module's resources under {@code data/}: the national
 * programme (Decision 749/QĐ-TTg) and the five plans reported in the example articles, each
 * encoded in the {@code cds-plan} interchange format with the verbatim clause of every target;
 * and the unit registry they are read against (the standard provinces before and after 1 July
 * 2025, plus the district of Ba Tri and the seven communes it became); and the illustrative
 * observations of every target for 2020 to 2024 made by {@link IllustrativeObservations} —
 * <strong>not real figures</strong>, and marked as such in every observation.
 *
 * <p>Loading checks everything, as the interchange readers do. Immutable and thread-safe.
 */
public final class ExampleData {
  /** The id of the national programme's plan. */
  public static final String NATIONAL_PLAN = "vn.qd-749-2020";

  /** The resource holding the illustrative observations as CSV. */
  public static final String OBSERVATIONS_CSV = "data/observations/illustrative.csv";
  /** The resource holding the same observations as JSON. */
  public static final String OBSERVATIONS_JSON = "data/observations/illustrative.json";

  /** The ids of the five example plans, in the order of their articles. */
  public static final List<String> SEED_PLANS = List.of(
      "quang-binh.kh-698-2022",
      "bac-giang.nq-111-2021",
      "ba-tri.kh-cds-2020",
      "binh-thuan.nq-cds-2030",
      "nghe-an.kh-833-2024");

  private final UnitRegistry registry;
  private final JsonFormat json;
  private final ImmutableList<Plan> plans;
  private final ObservationSet observations;

  private ExampleData() {
    this.registry = readRegistry("data/units.json");
    this.json = JsonFormat.of(IndicatorCatalogue.standard(), registry);
    ImmutableList.Builder<Plan> all = ImmutableList.builder();
    all.add(readPlan(NATIONAL_PLAN));
    SEED_PLANS.forEach(id -> all.add(readPlan(id)));
    this.plans = all.build();
    this.observations = readObservations(OBSERVATIONS_CSV);
  }

  /**
   * Loads the example data from this module's resources.
   *
   * @return the data
   * @throws io.github.cdsvn.core.InvalidDataException if a file has problems
   * @throws UncheckedIOException if a resource cannot be read
   */
  public static ExampleData load() {
    return new ExampleData();
  }

  /**
   * Returns the registry the plans are read against.
   *
   * @return the registry
   */
  public UnitRegistry registry() {
    return registry;
  }

  /**
   * Returns the interchange format bound to the standard catalogue and this data's registry.
   *
   * @return the JSON format
   */
  public JsonFormat json() {
    return json;
  }

  /**
   * Returns the national programme and the five example plans, in that order.
   *
   * @return the six plans
   */
  public ImmutableList<Plan> plans() {
    return plans;
  }

  /**
   * Returns the five example plans, in the order of their articles.
   *
   * @return the five plans
   */
  public ImmutableList<Plan> seedPlans() {
    return plans.subList(1, plans.size());
  }

  /**
   * Returns the plan with an id.
   *
   * @param id the plan's id
   * @return the plan
   * @throws InvalidValueException if there is no such plan
   */
  public Plan plan(String id) {
    return plans.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new InvalidValueException("plan id", id,
            "valid values " + plans.stream().map(Plan::id).toList()));
  }

  /**
   * Returns the illustrative observations of the plans' targets, 2020 to 2024. They are not real
   * figures: every one has the status {@code ILLUSTRATIVE}.
   *
   * @return the observations read from {@link #OBSERVATIONS_CSV}
   */
  public ObservationSet observations() {
    return observations;
  }

  private ObservationSet readObservations(String resource) {
    try (Reader in = open(resource)) {
      return IllustrativeObservations.csv(this).readObservations(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private static UnitRegistry readRegistry(String resource) {
    try (Reader in = open(resource)) {
      return JsonFormat.standard().readRegistry(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  private Plan readPlan(String id) {
    String resource = "data/plans/" + id + ".json";
    try (Reader in = open(resource)) {
      return json.readPlan(in, resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static Reader open(String resource) {
    InputStream in = ExampleData.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("resource not found: " + resource));
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
