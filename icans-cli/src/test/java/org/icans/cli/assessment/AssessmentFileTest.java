package org.icans.cli.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.IceScore;
import org.junit.jupiter.api.Test;

/**
 * A refusal by the model is a fault of the row, named by the file's column. The parser checks every
 * range first, so the model should never refuse a row; this checks the safety net itself.
 */
class AssessmentFileTest {
  private static RowError refusal(Runnable modelCall) {
    try {
      modelCall.run();
    } catch (InvalidValueException e) {
      return AssessmentFile.errorOf(e, 7);
    }
    throw new AssertionError("the model accepted it");
  }

  @Test
  void modelRefusalsNameTheFilesColumns() {
    RowError temperature = refusal(() -> CrsObservation.builder().temperatureCelsius(46).build());
    assertEquals(7, temperature.line());
    assertEquals("temperature_c", temperature.column());
    assertEquals("46.0", temperature.value());
    assertEquals("oxygen_lpm", refusal(() -> OxygenSupport.of(OxygenDevice.NASAL_CANNULA)).column());
    assertEquals("ice_score", refusal(() -> IceScore.ofTotal(11)).column());
    assertEquals("ice_naming", refusal(() -> IceScore.ofTasks(4, 4, 1, 1, 1)).column());
  }

  @Test
  void anUnknownModelFieldIsNamedAsTheModelNamesIt() {
    RowError e = AssessmentFile.errorOf(new InvalidValueException("patient.weightKg", -1, "a number above 0"), 3);
    assertEquals(new RowError(3, "patient.weightKg", "-1", "a number above 0"), e);
  }
}
