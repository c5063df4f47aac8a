package org.example.consumer;

import java.util.ArrayList;
import java.util.List;
import org.icans.grading.GradedAssessment;
import org.icans.grading.course.PatientCourse;
import org.icans.management.ManagementPolicies;
import org.icans.management.Plan;
import org.icans.management.Situation;
import org.icans.model.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import org.icans.model.patient.ProductCatalogue;

/**
 * A hospital integrator's main path: a patient's day-by-day assessments, a grade per day with its
 * reason, the course, and the plan for the worst day, with nothing graded twice.
 */
public final class BedsideFlow {
  private BedsideFlow() {}

  /** Seven days of an adult after axicabtagene ciloleucel; on day 5 the seizure domain was not assessed. */
  public static List<Assessment> sevenDays() {
    Patient patient = Patient.builder().ageYears(58).weightKg(82)
        .product(ProductCatalogue.find("axi-cel").orElseThrow().product()).build();
    int[] ice = {10, 10, 9, 7, 3, 6, 10};
    double[] temperature = {38.6, 39.1, 38.2, 37.4, 37.0, 36.9, 36.8};
    List<Assessment> days = new ArrayList<>();
    for (int d = 0; d < 7; d++) {
      IcansObservation.Builder icans = IcansObservation.builder().ice(IceScore.ofTotal(ice[d]))
          .consciousness(Consciousness.ALERT).motor(MotorFindings.none()).icp(IcpFindings.none());
      if (d != 4) {
        icans.seizure(Seizure.NONE);
      }
      days.add(Assessment.builder().patientId("PT-7").day(d + 1).patient(patient).icans(icans.build())
          .crs(CrsObservation.builder().temperatureCelsius(temperature[d]).hypotension(Hypotension.NONE)
              .oxygen(OxygenSupport.roomAir()).build())
          .build());
    }
    return days;
  }

  /** The course, its worst day, and the plan of a named policy for that day. */
  public static Plan planForTheWorstDay(List<Assessment> days, String policy) {
    PatientCourse course = PatientCourse.of(days);
    GradedAssessment worst = course.worst().orElseThrow();
    return ManagementPolicies.require(policy).plan(Situation.from(worst.assessment()));
  }
}
