package org.icans.grading.icans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** Examples of the columnar batch API; the properties check it against the object API everywhere. */
class IcansBatchTest {

  private static final IcansObservation COMPLETE_ICE_4 = IcansObservation.builder().ice(IceScore.ofTotal(4))
      .consciousness(Consciousness.ALERT).seizure(Seizure.NONE).motor(MotorFindings.none())
      .icp(IcpFindings.none()).build();

  @Test
  void gradesACodeLikeTheObjectApi() {
    int code = IcansBatch.encode(COMPLETE_ICE_4, Patient.aged(40));
    assertEquals(2, IcansBatch.grade(code));
    assertTrue(IcansBatch.isComplete(code));
    assertSame(IcansGrader.grade(COMPLETE_ICE_4, Patient.aged(40)), IcansBatch.result(code));
  }

  @Test
  void gradesAnArray() {
    int[] codes = {
      IcansBatch.encode(COMPLETE_ICE_4, EncephalopathyTool.ICE),
      IcansBatch.encode(IcansObservation.notAssessed(), EncephalopathyTool.ICE),
      IcansBatch.encode(IcansObservation.builder().capd(CapdScore.unableToPerform()).build(), EncephalopathyTool.CAPD),
      IcansBatch.encode(IcansObservation.builder().diedOfIcans(true).build(), EncephalopathyTool.ICE),
      IcansBatch.encode(IcansObservation.builder().consciousness(Consciousness.UNAROUSABLE)
          .addAttributedToOtherCause(IcansDomain.CONSCIOUSNESS).build(), EncephalopathyTool.ICE),
    };
    byte[] grades = new byte[codes.length];
    IcansBatch.gradeAll(codes, grades);
    assertArrayEquals(new byte[] {2, IcansBatch.NO_GRADE, 4, 5, IcansBatch.NO_GRADE}, grades);
    assertFalse(IcansBatch.isComplete(codes[1]));
  }

  @Test
  void refusesCodesThatAreNotEncodings() {
    int iceAboveTen = 12; // ICE value 11 (+1) is above the ICE range
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IcansBatch.grade(iceAboveTen));
    assertTrue(e.getMessage().contains("encephalopathy value 12"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IcansBatch.grade(1 << 30));
    assertThrows(IllegalArgumentException.class, () -> IcansBatch.result(6 << 7));
    int[] codes = {0, 0, 1 << 31};
    IllegalArgumentException batch = assertThrows(IllegalArgumentException.class,
        () -> IcansBatch.gradeAll(codes, new byte[3]));
    assertTrue(batch.getMessage().startsWith("codes[2]"), batch.getMessage());
    assertThrows(IllegalArgumentException.class, () -> IcansBatch.gradeAll(codes, new byte[2]));
  }
}
