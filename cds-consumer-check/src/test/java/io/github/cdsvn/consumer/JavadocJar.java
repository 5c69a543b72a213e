package io.github.cdsvn.consumer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The pages of a javadoc jar and the links they hold: which relative links name no file (or no
 * anchor) of the jar, and which absolute links start with a given address.
 *
 * <p>Links are read from the {@code href} and {@code src} attributes and the refresh address of
 * the HTML pages and from {@code url(...)} in style sheets; links that scripts build are not
 * seen. An anchor is an {@code id} or {@code name} attribute of the page linked.
 */
final class JavadocJar {
  private static final Pattern ATTRIBUTE =
      Pattern.compile("\\s(href|src|id|name|content)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*[\"']?([^\"')]+)[\"']?\\s*\\)");
  private static final Pattern REFRESH = Pattern.compile("^\\s*\\d+\\s*;\\s*(?:url\\s*=\\s*)?(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
  private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");

  private final Path file;
  private final Set<String> entries;
  /** The links of each page and style sheet, in the order they appear. */
  private final Map<String, List<String>> links = new TreeMap<>();
  /** The anchors of each page. */
  private final Map<String, Set<String>> anchors = new HashMap<>();

  private JavadocJar(Path file, Set<String> entries) {
    this.file = file;
    this.entries = entries;
  }

  /**
   * Reads a javadoc jar.
   *
   * @param file the jar
   * @return its pages and links
   */
  static JavadocJar read(Path file) {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      Set<String> entries = new HashSet<>();
      Map<String, String> texts = new TreeMap<>();
      for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
        ZipEntry entry = e.nextElement();
        if (entry.isDirectory()) {
          continue;
        }
        entries.add(entry.getName());
        if (entry.getName().endsWith(".html") || entry.getName().endsWith(".css")) {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          zip.getInputStream(entry).transferTo(bytes);
          texts.put(entry.getName(), bytes.toString(StandardCharsets.UTF_8));
        }
      }
      JavadocJar jar = new JavadocJar(file, Set.copyOf(entries));
      texts.forEach(jar::scan);
      return jar;
    } catch (IOException e) {
      throw new UncheckedIOException(file.toString(), e);
    }
  }

  private void scan(String page, String text) {
    List<String> found = new ArrayList<>();
    if (page.endsWith(".css")) {
      Matcher m = CSS_URL.matcher(text);
      while (m.find()) {
        found.add(m.group(1).strip());
      }
    } else {
      Set<String> ids = new HashSet<>();
      Matcher m = ATTRIBUTE.matcher(text);
      while (m.find()) {
        String name = m.group(1).toLowerCase(Locale.ROOT);
        String value = unescape(m.group(2) != null ? m.group(2) : m.group(3));
        switch (name) {
          case "href", "src" -> found.add(value.strip());
          case "id", "name" -> ids.add(value);
          default -> {
            Matcher refresh = REFRESH.matcher(value);
            if (refresh.matches() && isRefresh(text, m.start())) {
              found.add(refresh.group(1).strip());
            }
          }
        }
      }
      anchors.put(page, Set.copyOf(ids));
    }
    links.put(page, List.copyOf(found));
  }

  /** Whether the {@code content} attribute at {@code at} belongs to a {@code meta http-equiv="refresh"}. */
  private static boolean isRefresh(String text, int at) {
    int start = text.lastIndexOf('<', at);
    int end = text.indexOf('>', at);
    if (start < 0 || end < 0) {
      return false;
    }
    String tag = text.substring(start, end).toLowerCase(Locale.ROOT);
    return tag.startsWith("<meta") && tag.contains("http-equiv") && tag.contains("refresh");
  }

  /**
   * The jar's file.
   *
   * @return the path of the jar
   */
  Path file() {
    return file;
  }

  /**
   * Whether the jar holds a file.
   *
   * @param entry the file's path inside the jar
   * @return whether it is there
   */
  boolean contains(String entry) {
    return entries.contains(entry);
  }

  /**
   * Whether a link to this jar's file and anchor names something of the jar.
   *
   * @param path the file's path inside the jar, without query or anchor; empty for the jar's root
   * @param anchor the anchor, empty for none
   * @return whether the file, and the anchor on it, exist
   */
  boolean resolves(String path, String anchor) {
    String page = path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    if (!entries.contains(page)) {
      return false;
    }
    return anchor.isEmpty() || anchors.getOrDefault(page, Set.of()).contains(anchor);
  }

  /**
   * Every relative link of the jar's pages and style sheets that names no file of the jar, or an
   * anchor its page lacks, as {@code page: link}.
   *
   * @return the broken links
   */
  List<String> brokenRelativeLinks() {
    List<String> broken = new ArrayList<>();
    links.forEach((page, pageLinks) -> {
      for (String link : pageLinks) {
        if (link.isEmpty() || SCHEME.matcher(link).find() || link.startsWith("//")) {
          continue;
        }
        Link parsed = Link.parse(link);
        Optional<String> target = parsed.path().isEmpty() ? Optional.of(page) : resolve(page, parsed.path());
        if ((target.isEmpty() || !resolves(target.get(), parsed.anchor())) && !knownToolDefect(page, link)) {
          broken.add(page + ": " + link);
        }
      }
    });
    return broken;
  }

  /**
   * Every absolute link of the jar's pages that starts with {@code prefix}, as the page it is on
   * and the rest of the link after the prefix.
   *
   * @param prefix the start of the links, such as {@code https://javadoc.io/doc/io.github.cdsvn/}
   * @return the page and the rest of each link, in page order
   */
  List<Map.Entry<String, String>> linksStartingWith(String prefix) {
    List<Map.Entry<String, String>> found = new ArrayList<>();
    links.forEach((page, pageLinks) -> {
      for (String link : pageLinks) {
        if (link.startsWith(prefix)) {
          found.add(Map.entry(page, link.substring(prefix.length())));
        }
      }
    });
    return found;
  }

  /**
   * Whether a broken link is one that the javadoc tool of JDK 17 writes into every javadoc, whatever
   * the sources (later JDKs write neither): its style sheet imports {@code resources/fonts/dejavu.css},
   * a file it does not write (it ships no fonts); its constant values page lists a group of packages
   * such as {@code io.github.*} with a link to {@code #io.github}, and gives the group's section the
   * anchor of its first package instead.
   */
  private boolean knownToolDefect(String page, String link) {
    if (page.endsWith(".css")) {
      return link.endsWith("fonts/dejavu.css") && entries.stream().noneMatch(e -> e.contains("fonts/"));
    }
    if (page.equals("constant-values.html") && link.startsWith("#") && link.indexOf('/') < 0) {
      String group = Link.parse(link).anchor();
      return anchors.getOrDefault(page, Set.of()).stream().anyMatch(id -> id.startsWith(group + "."));
    }
    return false;
  }

  /** The path of a link relative to a page of the jar, if it stays inside the jar. */
  private static Optional<String> resolve(String page, String relative) {
    Deque<String> parts = new ArrayDeque<>();
    int slash = page.lastIndexOf('/');
    if (slash >= 0) {
      for (String part : page.substring(0, slash).split("/")) {
        parts.addLast(part);
      }
    }
    String[] steps = relative.split("/", -1);
    for (int i = 0; i < steps.length; i++) {
      String step = steps[i];
      if (step.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else if (step.isEmpty() || step.equals(".")) {
        if (i == steps.length - 1) {
          parts.addLast("");
        }
      } else {
        parts.addLast(step);
      }
    }
    return Optional.of(String.join("/", parts));
  }

  /** Replaces HTML character references by the characters they stand for. */
  static String unescape(String value) {
    if (value.indexOf('&') < 0) {
      return value;
    }
    Matcher m = CHARACTER_REFERENCE.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String ref = m.group(1);
      String replacement;
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        replacement = Character.toString(Integer.parseInt(ref.substring(2), 16));
      } else if (ref.startsWith("#")) {
        replacement = Character.toString(Integer.parseInt(ref.substring(1)));
      } else {
        replacement = switch (ref) {
          case "lt" -> "<";
          case "gt" -> ">";
          case "amp" -> "&";
          case "quot" -> "\"";
          case "apos" -> "'";
          case "nbsp" -> "\u00a0";
          default -> m.group();
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A link split into its path and anchor, both percent-decoded; a query is dropped.
   *
   * @param path the path, empty for the page itself
   * @param anchor the anchor, empty for none
   */
  record Link(String path, String anchor) {
    /**
     * Splits a link (its part after a site's address, or a relative one).
     *
     * @param link the link
     * @return its path and anchor
     */
    static Link parse(String link) {
      int hash = link.indexOf('#');
      String anchor = hash < 0 ? "" : link.substring(hash + 1);
      String path = hash < 0 ? link : link.substring(0, hash);
      int query = path.indexOf('?');
      if (query >= 0) {
        path = path.substring(0, query);
      }
      return new Link(decode(path), decode(anchor));
    }

    /** Percent-decodes UTF-8; a plus sign stays a plus sign. */
    private static String decode(String text) {
      if (text.indexOf('%') < 0) {
        return text;
      }
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      int i = 0;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
          bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
          i += 3;
        } else {
          byte[] encoded = Character.toString(c).getBytes(StandardCharsets.UTF_8);
          bytes.write(encoded, 0, encoded.length);
          i += Character.charCount(c);
        }
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
      return Character.digit(c, 16) >= 0;
    }
  }
}
