package io.github.cdsvn.consumer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A module of the build as its {@code pom.xml} declares it, and the jars its build wrote.
 *
 * <p>A module is published unless its pom sets {@code cds.publish.skip} to {@code true}, as the
 * parent pom has it. The modules are those the root pom lists.
 *
 * @param folder the module's folder
 * @param artifactId the module's artifactId
 * @param name the module's name, its artifactId where the pom names none
 * @param packaging the module's packaging
 * @param published whether the module is published
 * @param siblings the artifactIds of the modules of the build it depends on (test-jars left out)
 */
record PublishedModule(
    Path folder, String artifactId, String name, String packaging, boolean published, List<String> siblings) {

  /** The groupId of every module. */
  static final String GROUP_ID = "io.github.cdsvn";

  /**
   * The modules the root pom lists, in its order.
   *
   * @param root the folder of the root pom
   * @return the modules
   */
  static List<PublishedModule> all(Path root) {
    Element project = read(root.resolve("pom.xml"));
    List<PublishedModule> modules = new ArrayList<>();
    for (Element module : children(child(project, "modules").orElseThrow(), "module")) {
      modules.add(of(root.resolve(module.getTextContent().strip())));
    }
    return modules;
  }

  /**
   * The published modules that build jars.
   *
   * @param root the folder of the root pom
   * @return the modules
   */
  static List<PublishedModule> publishedJars(Path root) {
    return all(root).stream().filter(m -> m.published() && m.packaging().equals("jar")).toList();
  }

  private static PublishedModule of(Path folder) {
    Element project = read(folder.resolve("pom.xml"));
    String artifactId = text(project, "artifactId").orElseThrow();
    boolean skip = child(project, "properties").flatMap(p -> text(p, "cds.publish.skip"))
        .map(Boolean::parseBoolean).orElse(false);
    List<String> siblings = new ArrayList<>();
    child(project, "dependencies").ifPresent(dependencies -> {
      for (Element dependency : children(dependencies, "dependency")) {
        String groupId = text(dependency, "groupId").orElse("");
        boolean testJar = text(dependency, "type").orElse("jar").equals("test-jar");
        if ((groupId.equals(GROUP_ID) || groupId.equals("${project.groupId}")) && !testJar) {
          siblings.add(text(dependency, "artifactId").orElseThrow());
        }
      }
    });
    return new PublishedModule(folder, artifactId, text(project, "name").orElse(artifactId),
        text(project, "packaging").orElse("jar"), !skip, List.copyOf(siblings));
  }

  /**
   * A jar of this module's build.
   *
   * @param version the version built
   * @param classifier the jar's classifier, empty for the main jar
   * @return the jar's path (which may not exist)
   */
  Path jar(String version, String classifier) {
    String suffix = classifier.isEmpty() ? "" : "-" + classifier;
    return folder.resolve("target").resolve(artifactId + "-" + version + suffix + ".jar");
  }

  /**
   * Every jar of this version that this module's build wrote: the main jar and those with a
   * classifier (sources, javadoc, a test-jar).
   *
   * @param version the version built
   * @return the jars
   */
  List<Path> jars(String version) {
    Path target = folder.resolve("target");
    if (!Files.isDirectory(target)) {
      return List.of();
    }
    String prefix = artifactId + "-" + version;
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(f -> {
        String file = f.getFileName().toString();
        return file.equals(prefix + ".jar") || file.startsWith(prefix + "-") && file.endsWith(".jar");
      }).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Element read(Path pom) {
    try (InputStream in = Files.newInputStream(pom)) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(in).getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException(pom.toString(), e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("Cannot read " + pom + ": " + e.getMessage(), e);
    }
  }

  private static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static Optional<String> text(Element parent, String name) {
    return child(parent, name).map(e -> e.getTextContent().strip());
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        found.add(e);
      }
    }
    return found;
  }
}
