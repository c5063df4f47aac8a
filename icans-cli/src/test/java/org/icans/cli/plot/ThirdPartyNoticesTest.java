package org.icans.cli.plot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * THIRD-PARTY-NOTICES.md, which icans.jar carries, keeps up with the versions of what is shaded:
 * a version raised in the root POM without the notice fails here.
 */
class ThirdPartyNoticesTest {
  static final Path ROOT = Path.of("..");

  @ParameterizedTest
  @CsvSource({
    "jfreechart.version, org.jfree:jfreechart, licenses/LGPL-2.1.txt",
    "batik.version, org.apache.xmlgraphics:batik-svggen, licenses/Apache-2.0.txt",
    "ucum.version, org.fhir:ucum, licenses/BSD-3-Clause-ucum-java.txt",
    "picocli.version, info.picocli:picocli, licenses/Apache-2.0.txt",
  })
  void theNoticeNamesEachShadedLibraryAtItsVersionWithItsLicenceText(String property, String coordinates,
      String licence) throws IOException {
    String pom = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("<" + Pattern.quote(property) + ">([^<]+)</").matcher(pom);
    assertTrue(m.find(), property);
    String version = m.group(1).strip();
    String notice = Files.readString(ROOT.resolve("THIRD-PARTY-NOTICES.md"), StandardCharsets.UTF_8);
    String artifact = coordinates.substring(coordinates.indexOf(':') + 1);
    Matcher row = Pattern.compile("(?m)^\\|[^\\n]*" + Pattern.quote(artifact) + "[^\\n]*$").matcher(notice);
    assertTrue(row.find(), coordinates + " has no row");
    assertTrue(row.group().contains("| " + version + " |"), row.group() + " should name version " + version);
    assertTrue(Files.size(ROOT.resolve(licence)) > 1000, licence);
  }
}
