package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import io.github.cdsvn.core.plan.Target;
import io.github.cdsvn.scoring.spi.ScoringProvider;
import java.io.InputStream;
import java.lang.module.Configuration;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The module descriptor declares the SPI for {@link ServiceLoader} ({@code uses}), provides no
 * service of its own (the built-in provider is part of every scorer, not a service), exports the
 * API and SPI but not the engine, and works as a named module: a scorer built in a module layer
 * finds the built-in profiles.
 */
class ModuleDescriptorTest {

  private static Path location(Class<?> type) throws Exception {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Test
  void theDescriptorDeclaresUsesAndExports() throws Exception {
    Path classes = location(Scorer.class);
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertThat(d.name()).isEqualTo("io.github.cdsvn.scoring");
    assertThat(d.uses()).containsExactly(ScoringProvider.class.getName());
    assertThat(d.provides()).isEmpty();
    assertThat(d.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder("io.github.cdsvn.scoring", "io.github.cdsvn.scoring.spi",
            "io.github.cdsvn.scoring.uncertainty");
    assertThat(classes.resolve("META-INF/services/" + ScoringProvider.class.getName())).doesNotExist();
  }

  @Test
  void asANamedModuleAScorerFindsTheBuiltInProfiles() throws Exception {
    ModuleFinder finder = ModuleFinder.of(location(Scorer.class), location(Target.class),
        location(ImmutableList.class),
        location(Class.forName("com.google.common.util.concurrent.internal.InternalFutureFailureAccess")));
    Configuration cf = ModuleLayer.boot().configuration().resolveAndBind(finder, ModuleFinder.of(),
        Set.of("io.github.cdsvn.scoring"));
    ModuleLayer layer = ModuleLayer.boot().defineModulesWithOneLoader(cf, ClassLoader.getPlatformClassLoader());
    ClassLoader loader = layer.findLoader("io.github.cdsvn.scoring");
    Class<?> service = loader.loadClass(ScoringProvider.class.getName());
    assertThat(service.getModule().getName()).isEqualTo("io.github.cdsvn.scoring");
    List<String> found = StreamSupport.stream(ServiceLoader.load(layer, service).spliterator(), false)
        .map(p -> p.getClass().getName()).collect(Collectors.toList());
    assertThat(found).isEmpty();

    // the scorer's own ServiceLoader look-up, which needs the 'uses' clause in a named module
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(loader);
    try {
      Class<?> scorer = loader.loadClass(Scorer.class.getName());
      Object builder = scorer.getMethod("builder").invoke(null);
      builder.getClass().getMethod("profile", String.class).invoke(builder, "geometric");
      Object built = builder.getClass().getMethod("build").invoke(builder);
      Object profile = scorer.getMethod("profile").invoke(built);
      Method name = loader.loadClass(Profile.class.getName()).getMethod("name");
      assertThat(name.invoke(profile)).isEqualTo("geometric");
      assertThat(profile.getClass().getModule()).isSameAs(scorer.getModule());
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
