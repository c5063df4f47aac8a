package org.icans.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version: the Maven project version, written into a resource when the jar is built. */
final class Version {
  private Version() {}

  static final String RESOURCE = "version.properties";

  /** The version, or {@code "unknown"} when the resource is missing or was not filtered. */
  static String get() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.isBlank() || v.contains("${") ? "unknown" : v;
    } catch (IOException e) {
      return "unknown";
    }
  }
}
