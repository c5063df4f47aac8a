package org.icans.cli.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.icans.model.InvalidValueException;
import org.icans.risk.report.RiskInput;
import org.junit.jupiter.api.Test;

/**
 * {@link RiskInputCsv#read(java.io.InputStream, Map, RiskInputCsv.Listener)}: each patient is handed on
 * as soon as its last row is read, in order of first appearance, and each row error as it is
 * found, so that a file is read holding only the patients still open (issue 14, finding 3).
 */
class RiskInputStreamingTest {
  private static final String HEADER = "patient_id,day,hours_after_infusion,analyte,value,unit\n";

  /** The events of reading {@code text}: "P1" for a patient, "error 4" for a row error. */
  private static List<String> events(String text, boolean streaming) throws IOException {
    Map<String, Long> last = streaming ? RiskInputCsv.lastLines(RiskInputCsvTest.utf8(text)) : Map.of();
    List<String> events = new ArrayList<>();
    RiskInputCsv.read(RiskInputCsvTest.utf8(text), last, new RiskInputCsv.Listener() {
      @Override
      public void patient(RiskInput input) {
        events.add(input.patientId());
      }

      @Override
      public void rowError(RowError error) {
        events.add("error " + error.line());
      }
    });
    return events;
  }

  @Test
  void aPatientIsHandedOnAtItsLastRow() throws IOException {
    String text = HEADER
        + "P1,-5,,ldh,310,U/L\n"
        + "P1,0,,crp,18,mg/L\n"
        + "P2,0,,crp,x,mg/L\n"
        + "P2,0,,crp,18,mg/L\n"
        + "P3,0,,crp,18,mg/L\n";
    assertEquals(List.of("P1", "error 4", "P2", "P3"), events(text, true));
    assertEquals(List.of("error 4", "P1", "P2", "P3"), events(text, false));
  }

  @Test
  void aFinishedPatientWaitsForAnEarlierOneStillOpen() throws IOException {
    String text = HEADER
        + "P1,0,,crp,18,mg/L\n"
        + "P2,0,,crp,18,mg/L\n"
        + "P2,1,,crp,19,mg/L\n"
        + "P1,1,,crp,x,mg/L\n"
        + "P3,1,,crp,19,mg/L\n";
    // P2 is complete at line 4 but P1 came first: both are handed on at P1's last row (line 5),
    // even though that row is left out.
    assertEquals(List.of("error 5", "P1", "P2", "P3"), events(text, true));
  }

  @Test
  void theFirstPassKeepsTheLastLineOfEachPatientInOrderOfFirstAppearance() throws IOException {
    Map<String, Long> expected = new LinkedHashMap<>();
    expected.put("P2", 5L);
    expected.put("P1", 4L);
    assertEquals(expected, RiskInputCsv.lastLines(RiskInputCsvTest.utf8(HEADER
        + "P2,0,,crp,18,mg/L\n\n" + " P1 ,0,,crp,18,mg/L\n" + "P2,1,,bogus,1,\n" + ",1,,crp,1,mg/L\n")));
    assertThrows(InvalidValueException.class, () -> RiskInputCsv.lastLines(RiskInputCsvTest.utf8("")));
    assertThrows(InvalidValueException.class, () -> RiskInputCsv.lastLines(RiskInputCsvTest.utf8("patient_id,x\n")));
  }

  @Test
  void nullIsRefusedNamingTheParameter() {
    RiskInputCsv.Listener none = new RiskInputCsv.Listener() {
      @Override
      public void patient(RiskInput input) {
      }

      @Override
      public void rowError(RowError error) {
      }
    };
    assertEquals("in", assertThrows(NullPointerException.class,
        () -> RiskInputCsv.read(null, Map.of(), none)).getMessage());
    assertEquals("lastLines", assertThrows(NullPointerException.class,
        () -> RiskInputCsv.read(RiskInputCsvTest.utf8(HEADER), null, none)).getMessage());
    assertEquals("listener", assertThrows(NullPointerException.class,
        () -> RiskInputCsv.read(RiskInputCsvTest.utf8(HEADER), Map.of(), null)).getMessage());
    assertEquals("in", assertThrows(NullPointerException.class, () -> RiskInputCsv.lastLines(null)).getMessage());
  }
}
