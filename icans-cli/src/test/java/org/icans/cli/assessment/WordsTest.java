package org.icans.cli.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.icans.cli.output.OutputFormat;
import org.icans.grading.course.IcansCrsTiming;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.model.Coded;
import org.icans.model.crs.CrsSign;
import org.junit.jupiter.api.Test;

/**
 * The words of the assessment file are the model's codes ({@link Coded}); this pins them to the
 * contract ({@code spec/assessment-csv.md}, version 1.1), column by column and in the listed order,
 * so that a changed code fails here rather than silently changing the file format.
 */
class WordsTest {

  @Test
  void eachColumnHasTheContractsWords() {
    assertEquals(List.of("alert", "awakens_spontaneously", "awakens_to_voice", "awakens_to_touch", "unarousable"),
        Words.CONSCIOUSNESS.words());
    assertEquals(List.of("none", "rapidly_resolving", "prolonged_or_repetitive"), Words.SEIZURE.words());
    assertEquals(List.of("tremor", "myoclonus", "hemiparesis", "paraparesis"), Words.MOTOR.words());
    assertEquals(List.of("focal_edema", "diffuse_edema", "posturing", "cn6_palsy", "papilledema", "cushing_triad"),
        Words.ICP.words());
    assertEquals(List.of("encephalopathy", "consciousness", "seizure", "motor", "icp", "fever", "hypotension",
        "hypoxia"), Words.OTHER_CAUSE.words());
    assertEquals(List.of("icans", "crs"), Words.DEATH_FROM.words());
    assertEquals(List.of("none", "fluids", "one_vasopressor", "multiple_vasopressors", "unknown_support"),
        Words.HYPOTENSION.words());
    assertEquals(List.of("none", "blow_by", "nasal_cannula", "high_flow_nasal_cannula", "facemask", "nonrebreather",
        "venturi", "cpap", "bipap", "mechanical_ventilation", "unknown_device"), Words.OXYGEN.words());
    assertEquals(List.of("true", "false"), Words.BOOLEAN.words());
    assertEquals("none", Words.NONE);
    assertEquals("unable", Words.UNABLE);
  }

  /** The words of the output: drivers and domains not assessed, CRS signs, the tool, the timing. */
  @Test
  void theOutputWordsAreTheContracts() {
    assertEquals(List.of("encephalopathy", "consciousness", "seizure", "motor", "icp"), Words.DOMAIN.words());
    assertEquals(List.of("fever", "hypotension", "hypoxia"), Arrays.stream(CrsSign.values()).map(CrsSign::code).toList());
    assertEquals(List.of("ice", "capd"), Arrays.stream(EncephalopathyTool.values()).map(EncephalopathyTool::code).toList());
    assertEquals(List.of("no_icans", "without_crs", "before_crs", "during_crs", "after_crs_resolved"),
        Arrays.stream(IcansCrsTiming.values()).map(IcansCrsTiming::code).toList());
    assertEquals("csv, jsonl, fhir", Coded.allowedCodes(OutputFormat.class));
  }

  @Test
  void eachWordStandsForTheValueOfThatCode() {
    for (Vocabulary<? extends Coded> v : List.of(Words.CONSCIOUSNESS, Words.SEIZURE, Words.MOTOR, Words.ICP,
        Words.OTHER_CAUSE, Words.DEATH_FROM, Words.HYPOTENSION, Words.OXYGEN, Words.DOMAIN)) {
      for (int i = 0; i < v.size(); i++) {
        String word = v.words().get(i);
        byte[] bytes = word.getBytes(StandardCharsets.US_ASCII);
        assertEquals(i, v.indexOf(bytes, 0, bytes.length), word);
        assertEquals(word, v.value(i).code());
      }
    }
    assertSame(Words.Syndrome.CRS, Words.Syndrome.fromCode("crs"));
    assertSame(OutputFormat.JSONL, OutputFormat.fromCode("jsonl"));
  }
}
