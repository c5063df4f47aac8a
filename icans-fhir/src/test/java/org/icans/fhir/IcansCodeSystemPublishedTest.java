package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The CodeSystem published in the jar and in {@code docs/fhir/} is the one the code defines. After a
 * change to {@link IcansConcept}, regenerate both with
 * {@code ./mvnw -pl icans-fhir -am test -Dtest=IcansCodeSystemPublishedTest -Dicans.fhir.regenerate=true -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class IcansCodeSystemPublishedTest {
  static final Path IN_JAR = Path.of("src/main/resources/org/icans/fhir/CodeSystem-icans.json");
  static final Path IN_DOCS = Path.of("../docs/fhir/CodeSystem-icans.json");

  @Test
  void theJarAndTheDocsHoldTheCodeSystemOfTheCode() throws IOException {
    String expected = IcansCodeSystem.json() + "\n";
    if (Boolean.getBoolean("icans.fhir.regenerate")) {
      Files.createDirectories(IN_DOCS.getParent());
      Files.writeString(IN_JAR, expected);
      Files.writeString(IN_DOCS, expected);
    }
    try (InputStream in = IcansCodeSystem.class.getResourceAsStream(IcansCodeSystem.RESOURCE_PATH)) {
      assertNotNull(in, IcansCodeSystem.RESOURCE_PATH);
      assertEquals(expected, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertEquals(expected, Files.readString(IN_DOCS));
  }
}
