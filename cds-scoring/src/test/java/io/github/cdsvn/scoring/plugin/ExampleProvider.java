package io.github.cdsvn.scoring.plugin;

import io.github.cdsvn.core.plan.Bound;
import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.AttainmentRule;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.util.List;

/**
 * A provider registered through {@code META-INF/services} in the test tree: it offers the
 * {@code stepped} rule and a {@code stepped} profile that uses it for bounds on the value.
 */
public final class ExampleProvider implements ScoringProvider {
  static final SteppedRule STEPPED = new SteppedRule();

  /** Creates the provider; ServiceLoader calls this. */
  public ExampleProvider() {}

  @Override
  public String name() {
    return "example";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public List<AttainmentRule> rules() {
    return List.of(STEPPED);
  }

  @Override
  public List<Profile> profiles() {
    Profile stepped = Scorer.standard().profile().withName("stepped");
    for (Bound.Kind kind : List.of(Bound.Kind.AT_LEAST, Bound.Kind.MORE_THAN, Bound.Kind.AT_MOST, Bound.Kind.LESS_THAN)) {
      stepped = stepped.withRule(kind, STEPPED);
    }
    return List.of(stepped);
  }
}
