package org.example.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.assessment.Assessment;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;
import org.icans.testing.Assessments;
import org.icans.testing.EncephalopathyScores;
import org.icans.testing.Patients;

/** What icans-testing is for: property tests of a consumer's own mapping, over valid icans values. */
class FlowsheetMappingTest {

  @Provide
  Arbitrary<IceScore> iceTotals() {
    return EncephalopathyScores.iceTotals();
  }

  @Provide
  Arbitrary<Double> ages() {
    return Patients.ages();
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return Assessments.valid();
  }

  @Property(tries = 300)
  void theFlowsheetRowGradesAsItsObservation(@ForAll("iceTotals") IceScore ice, @ForAll Consciousness consciousness,
      @ForAll("ages") double age) {
    IcansObservation observation = IcansObservation.builder().ice(ice).consciousness(consciousness).build();
    assertEquals(IcansGrader.grade(observation, Patient.aged(age)), Flowsheet.grade(ice.total(), consciousness, age));
  }

  @Property(tries = 300)
  void everyValidAssessmentIsGradedWithItsReason(@ForAll("assessments") Assessment a) {
    GradedAssessment g = GradedAssessment.of(a);
    assertTrue(g.icans().summary().contains("ICANS grade"), g.icans().summary());
  }
}
