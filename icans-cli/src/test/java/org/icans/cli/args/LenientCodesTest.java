package org.icans.cli.args;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.icans.guidance.NeurologicalFinding;
import org.icans.guidance.Symptom;
import org.icans.guidance.TextFormat;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command line's one loose reading of codes: what {@code guide} and the risk file's
 * {@code label_era} accepted before the library's lookups became exact, they still accept.
 */
class LenientCodesTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', textBlock = """
      severe_headache      | severe_headache
      Severe headache      | severe_headache
      '  SEVERE-HEADACHE ' | severe_headache
      focal-weakness       | focal_weakness
      After-REMS-removal   | after_rems_removal
      Markdown             | markdown
      """)
  void ignoresCaseSurroundingSpacesAndReadsSpacesAndHyphensAsUnderscores(String word, String code) {
    assertEquals(code, LenientCodes.normalise(word));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"severe-headache", "Severe Headache", "' severe_headache'"})
  void findsTheValueByTheLibrarysExactLookup(String word) {
    assertEquals(Symptom.SEVERE_HEADACHE, LenientCodes.fromCode(Symptom::fromCode, word));
    assertEquals(LabelEra.AFTER_REMS_REMOVAL, LenientCodes.fromCode(LabelEra::fromCode, "after rems-removal"));
    assertEquals(TextFormat.MARKDOWN, LenientCodes.fromCode(TextFormat::fromCode, "MARKDOWN"));
    assertEquals(NeurologicalFinding.FOCAL_WEAKNESS, LenientCodes.fromCode(NeurologicalFinding::fromCode, "Focal weakness"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"Stroke", "'fi ts'"})
  void aRefusalNamesTheWordAsGiven(String word) {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> LenientCodes.fromCode(NeurologicalFinding::fromCode, word));
    assertEquals("finding", e.field());
    assertEquals("'" + word + "'", e.value());
    assertEquals("one of " + org.icans.model.Coded.allowedCodes(NeurologicalFinding.class), e.allowed());
  }
}
