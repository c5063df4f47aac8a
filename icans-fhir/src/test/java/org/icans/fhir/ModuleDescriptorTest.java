package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The module {@code org.icans.fhir} exports its API package only, and requires what it says. */
class ModuleDescriptorTest {
  @Test
  void theModuleExportsItsApiOnly() throws IOException, URISyntaxException {
    Path classes = Path.of(IcansCodeSystem.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor d;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      d = ModuleDescriptor.read(in);
    }
    assertEquals("org.icans.fhir", d.name());
    Set<String> exports = new TreeSet<>();
    d.exports().forEach(e -> exports.add(e.source() + (e.isQualified() ? " to " + e.targets() : "")));
    assertEquals(Set.of("org.icans.fhir"), exports);
    Set<String> requires = new TreeSet<>();
    d.requires().forEach(r -> requires.add(r.name()));
    assertEquals(new TreeSet<>(Set.of("java.base", "org.icans.grading", "hapi.fhir.base", "org.hl7.fhir.r4",
        "hapi.fhir.structures.r4", "ucum")), requires, "icans-model comes through icans-grading");
  }
}
