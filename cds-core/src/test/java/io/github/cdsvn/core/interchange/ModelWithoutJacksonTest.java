package io.github.cdsvn.core.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The model works without Jackson: only the interchange package refers to it. */
class ModelWithoutJacksonTest {
  private static final Path CLASSES = Path.of("target", "classes");

  @Test
  void onlyTheInterchangePackageRefersToJackson() throws IOException {
    List<String> referring = new ArrayList<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
        String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        if (bytes.contains("com/fasterxml")) {
          referring.add(CLASSES.relativize(f).toString().replace(File.separatorChar, '/'));
        }
      }
    }
    assertThat(referring).isNotEmpty().allMatch(c -> c.startsWith("io/github/cdsvn/core/interchange/"));
  }

  @Test
  void theModelRunsInAClassLoaderWithoutJackson() throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(CLASSES.toUri().toURL());
    String path = System.getProperty("java.class.path") + File.pathSeparator
        + System.getProperty("jdk.module.path", "");
    for (String entry : path.split(File.pathSeparator)) {
      if (entry.contains("guava") || entry.contains("failureaccess")) {
        urls.add(Path.of(entry).toUri().toURL());
      }
    }
    // parent: the boot loader; the platform loader would see the modules of the test's own layer
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      assertThatThrownBy(() -> loader.loadClass("com.fasterxml.jackson.core.JsonFactory"))
          .isInstanceOf(ClassNotFoundException.class);
      Class<?> registry = loader.loadClass("io.github.cdsvn.core.unit.UnitRegistry");
      Object standard = registry.getMethod("standard").invoke(null);
      Method unit = registry.getMethod("unit", String.class, LocalDate.class);
      assertThat(unit.invoke(standard, "44", LocalDate.of(2025, 7, 1)).toString()).contains("Quảng Trị");
      Class<?> catalogue = loader.loadClass("io.github.cdsvn.core.indicator.IndicatorCatalogue");
      Object indicators = catalogue.getMethod("standard").invoke(null);
      assertThat((int) catalogue.getMethod("size").invoke(indicators)).isPositive();
      // a plan of the model, built without Jackson
      Class<?> quickPlan = loader.loadClass("io.github.cdsvn.core.plan.Horizon");
      assertThat(quickPlan.getMethod("of", int.class).invoke(null, 2030).toString()).isEqualTo("2030");
      // the interchange package itself needs Jackson
      assertThatThrownBy(() -> loader.loadClass("io.github.cdsvn.core.interchange.JsonFormat")
          .getMethod("standard").invoke(null)).hasRootCauseInstanceOf(ClassNotFoundException.class);
    }
  }
}
