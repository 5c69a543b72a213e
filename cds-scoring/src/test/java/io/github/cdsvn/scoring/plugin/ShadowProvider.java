package io.github.cdsvn.scoring.plugin;

import io.github.cdsvn.scoring.Profile;
import io.github.cdsvn.scoring.Scorer;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.util.List;

/**
 * A provider with the same priority as {@link ExampleProvider} that offers a profile of the same
 * name: the tie is broken by provider name, so {@code example} wins over {@code zz-shadow}.
 */
public final class ShadowProvider implements ScoringProvider {
  /** Creates the provider; ServiceLoader calls this. */
  public ShadowProvider() {}

  @Override
  public String name() {
    return "zz-shadow";
  }

  @Override
  public int priority() {
    return 10;
  }

  @Override
  public List<Profile> profiles() {
    return List.of(Profile.builder().from(Scorer.standard().profile()).name("stepped").coverageThreshold(0.3).build(),
        Profile.builder().from(Scorer.standard().profile()).name("shadow-only").coverageThreshold(0.3).build());
  }
}
