package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import org.junit.jupiter.api.Test;

/** A situation read from a graded assessment: a domain not assessed stays not assessed into the plan. */
class SituationFromAssessmentTest {
  private static final Patient ADULT = Patient.builder().ageYears(58).weightKg(80).build();
  private static final CrsObservation NO_CRS = CrsObservation.builder().temperatureCelsius(37).hypotension(Hypotension.NONE)
      .oxygen(OxygenSupport.roomAir()).build();

  private static Assessment day(IcansObservation icans) {
    return Assessment.builder().patientId("PT1").day(5).patient(ADULT).icans(icans).crs(NO_CRS).build();
  }

  @Test
  void aSeizureDomainNotAssessedStaysNotAssessedIntoThePlanText() {
    IcansObservation o = IcansObservation.builder().ice(IceScore.ofTotal(5)).consciousness(Consciousness.ALERT).build();
    Situation s = Situation.from(day(o));
    assertEquals(2, s.icansGrade());
    assertTrue(s.icansGradeIsLowerBound());
    assertEquals(SeizureStatus.NOT_ASSESSED, s.seizure());
    assertEquals(CerebralEdema.NOT_ASSESSED, s.edema());
    assertEquals(0, s.crsGrade());
    String text = ManagementPolicies.require("asco-2021").plan(s).toText();
    assertTrue(text.contains("seizures: not assessed"), text);
    assertTrue(text.contains("cerebral edema: not assessed"), text);
    assertTrue(text.contains("ICANS grade 2 (lower bound: a domain not assessed)"), text);
    assertFalse(text.contains("seizures: none"), text);
  }

  @Test
  void findingsComeFromTheModel() {
    IcansObservation o = IcansObservation.builder().ice(IceScore.ofTotal(8)).consciousness(Consciousness.ALERT)
        .seizure(Seizure.PROLONGED_OR_REPETITIVE).motor(MotorFindings.none())
        .icp(IcpFindings.of(IcpFinding.FOCAL_EDEMA)).build();
    Situation s = Situation.from(day(o));
    assertEquals(4, s.icansGrade());
    assertFalse(s.icansGradeIsLowerBound());
    assertEquals(SeizureStatus.PROLONGED_OR_REPETITIVE, s.seizure());
    assertEquals(CerebralEdema.FOCAL, s.edema());
    assertEquals(CerebralEdema.DIFFUSE_OR_RAISED_ICP,
        CerebralEdema.from(IcansObservation.builder().icp(IcpFindings.of(IcpFinding.FOCAL_EDEMA, IcpFinding.PAPILLEDEMA))
            .build()));
    assertEquals(SeizureStatus.SEIZURE_RESOLVED,
        SeizureStatus.from(IcansObservation.builder().seizure(Seizure.RAPIDLY_RESOLVING).build()));
    assertEquals(SeizureStatus.NONE, SeizureStatus.from(IcansObservation.builder().seizure(Seizure.NONE).build()));
  }

  @Test
  void aFindingAttributedToAnotherCauseIsNeitherICANSNorNormal() {
    IcansObservation o = IcansObservation.builder().seizure(Seizure.RAPIDLY_RESOLVING)
        .icp(IcpFindings.of(IcpFinding.DIFFUSE_EDEMA)).addAttributedToOtherCause(IcansDomain.SEIZURE, IcansDomain.ICP)
        .build();
    assertEquals(SeizureStatus.ATTRIBUTED_TO_OTHER_CAUSE, SeizureStatus.from(o));
    assertEquals(CerebralEdema.ATTRIBUTED_TO_OTHER_CAUSE, CerebralEdema.from(o));
    assertFalse(SeizureStatus.ATTRIBUTED_TO_OTHER_CAUSE.isIcansSeizure());
  }

  @Test
  void anAssessmentWithoutAGradeIsRefusedNeverTakenAsGrade0() {
    Assessment nothing = Assessment.builder().patientId("PT1").day(5).patient(ADULT).crs(NO_CRS).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Situation.from(nothing));
    assertEquals("situation.icansGrade", e.field());
    Assessment noCrs = Assessment.builder().patientId("PT1").day(5).patient(ADULT)
        .icans(IcansObservation.builder().ice(IceScore.ofTotal(10)).build()).build();
    assertEquals("situation.crsGrade", assertThrows(InvalidValueException.class, () -> Situation.from(noCrs)).field());
  }
}
