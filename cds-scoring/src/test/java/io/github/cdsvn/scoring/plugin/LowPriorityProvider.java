package io.github.cdsvn.scoring.plugin;

import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.Aggregator;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.util.List;

/** A provider below the built-in one: its {@code default} profile never wins over the built-in. */
public final class LowPriorityProvider implements ScoringProvider {
  /** Creates the provider; ServiceLoader calls this. */
  public LowPriorityProvider() {}

  @Override
  public String name() {
    return "aaa-low";
  }

  @Override
  public int priority() {
    return -5;
  }

  @Override
  public List<Profile> profiles() {
    return List.of(Profile.builder().from(Scorer.standard().profile()).name("default")
        .targetAggregator(Aggregator.minimum()).build());
  }
}
