package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.icans.guidance.GuidanceDocument.Audience;
import org.icans.guidance.GuidanceDocument.Section;
import org.icans.guidance.GuidanceDocument.Style;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The renderer: wrapping, markers, Markdown escaping, the list of sources by audience. */
class RendererTest {

  @Test
  void wrapsWithAHangingIndentAndNeverSplitsAMarker() {
    StringBuilder out = new StringBuilder();
    Renderer.wrap(out, "- ", "  ", "word ".repeat(30).strip(), "[1, 2, 3]");
    String[] lines = out.toString().split("\n");
    for (String line : lines) {
      assertTrue(line.length() <= Renderer.WIDTH, line);
    }
    assertTrue(lines[0].startsWith("- word"));
    assertTrue(lines[1].startsWith("  word"));
    assertTrue(lines[lines.length - 1].endsWith("[1, 2, 3]"));
  }

  @Test
  void aWordLongerThanTheWidthStandsAlone() {
    StringBuilder out = new StringBuilder();
    Renderer.wrap(out, "", "", "a " + "x".repeat(100) + " b", "[1]");
    assertEquals("a\n" + "x".repeat(100) + "\nb [1]\n", out.toString());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      plain text           | plain text
      a *b* _c_            | a \\*b\\* \\_c\\_
      [link](x)            | \\[link\\](x)
      <script>             | \\<script\\>
      "a | b"              | "a \\| b"
      - not a list         | \\- not a list
      1. not a list        | 1\\. not a list
      # not a heading      | \\# not a heading
      back\\slash          | back\\\\slash
      """)
  void markdownEscapesMarkup(String text, String escaped) {
    assertEquals(escaped, Renderer.escape(text));
  }

  @Test
  void patientsGetReferencesCliniciansGetSectionsAndEvidence() {
    List<Section> sections = List.of(new Section("Heading", Style.BULLETS, List.of(
        GuidanceLine.of("One.", GuidanceSources.SHEET_WHEN_TO_CALL),
        GuidanceLine.of("Two.", GuidanceSources.REVIEW_EEG, GuidanceSources.SHEET_PREVENT))));
    String patient = new GuidanceDocument("T", Audience.PATIENT, sections).render(TextFormat.TEXT);
    String clinician = new GuidanceDocument("T", Audience.CLINICIAN, sections).render(TextFormat.MARKDOWN);
    assertTrue(patient.contains("- One. [1]\n- Two. [1, 2]\n"), patient);
    assertTrue(patient.contains("[1] ACCC, HOPA, NCODA, ONS."), patient);
    assertTrue(!patient.contains("Cited:"), patient);
    assertTrue(clinician.contains("- Two. [1, 2]\n"), clinician);
    assertTrue(clinician.contains("Cited: When should I call my care team?; What can I do to prevent or minimize "
        + "ICANS? (seed or secondary source)"), clinician);
    assertTrue(clinician.contains("2. Cevering CK"), clinician);
  }

  @Test
  void aHeadlineStandsOutWithoutChangingTheText() {
    GuidanceDocument doc = new GuidanceDocument("T", Audience.PATIENT, List.of(new Section("Now", Style.HEADLINE,
        List.of(GuidanceLine.of("Call x@example.org (24 h).", GuidanceSources.SHEET_PREVENT)))));
    assertTrue(doc.render(TextFormat.TEXT).contains(">> Call x@example.org (24 h). [1]"));
    assertTrue(doc.render(TextFormat.MARKDOWN).contains("**Call x@example.org (24 h).** [1]"));
  }

  @Test
  void datesAreWrittenTheSameUnderAnyLocale() {
    java.util.Locale saved = java.util.Locale.getDefault();
    try {
      java.util.Locale.setDefault(new java.util.Locale("hi", "IN"));
      assertEquals("29 February 2028", Texts.date(java.time.LocalDate.of(2028, 2, 29)));
    } finally {
      java.util.Locale.setDefault(saved);
    }
  }
}
