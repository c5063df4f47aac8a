package org.example.consumer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.icans.grading.course.GradedAssessment;
import org.icans.grading.course.PatientCourse;
import org.icans.management.ManagementPolicies;
import org.icans.management.Plan;
import org.icans.management.Situation;
import org.icans.model.assessment.Assessment;
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
import org.icans.model.patient.LabelEra;
import org.icans.model.patient.ProductCatalogue;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.report.RiskAssessor;
import org.icans.risk.report.RiskInput;
import org.icans.risk.report.RiskReport;

/**
 * A hospital integrator's main path: a patient's day-by-day assessments, a grade per day with its
 * reason, the course, the plan for the worst day, and the risk report from the labs and the same
 * course, with nothing graded twice, no int conversion and no internal type.
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

  /**
   * The risk report of the same patient: the labs of days 0 to 3 with their units, and the CRS
   * course taken straight from the graded assessments (a day without a CRS grade stays without one).
   */
  public static RiskReport riskReport(List<Assessment> days) {
    PatientCourse course = PatientCourse.of(days);
    RiskInput.Builder input = RiskInput.builder("PT-7").course(course)
        .product(ProductCatalogue.find("axi-cel").orElseThrow().product())
        .labelEra(LabelEra.forInfusionDate(LocalDate.of(2025, 3, 4)));
    double[] ldh = {250, 310, 420, 480};
    double[] crp = {8, 35, 90, 140};
    double[] platelets = {150, 120, 95, 80};
    for (int d = 0; d < 4; d++) {
      TimePoint day = TimePoint.ofDay(d);
      input.add(Analyte.LDH, ldh[d], "U/L", day).add(Analyte.CRP, crp[d], "mg/L", day)
          .add(Analyte.PLATELETS, platelets[d], "10*9/L", day);
    }
    return RiskAssessor.assess(input.build());
  }

  /** The course, its worst day, and the plan of a named policy for that day. */
  public static Plan planForTheWorstDay(List<Assessment> days, String policy) {
    PatientCourse course = PatientCourse.of(days);
    GradedAssessment worst = course.worst().orElseThrow();
    return ManagementPolicies.require(policy).plan(Situation.from(worst.assessment()));
  }
}
