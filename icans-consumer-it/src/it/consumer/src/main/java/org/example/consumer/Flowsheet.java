package org.example.consumer;

import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.patient.Patient;

/** What a consumer writes: one flowsheet row in, one explained grade out. */
public final class Flowsheet {
  private Flowsheet() {}

  public static IcansGrade grade(int ice, Consciousness consciousness, double ageYears) {
    IcansObservation observation = IcansObservation.builder()
        .ice(IceScore.ofTotal(ice))
        .consciousness(consciousness)
        .build();
    return IcansGrader.grade(observation, Patient.aged(ageYears));
  }
}
