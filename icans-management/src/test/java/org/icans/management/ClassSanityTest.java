package org.icans.management;

import com.google.common.testing.ClassSanityTester;
import com.google.common.testing.EqualsTester;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.management.action.Action;
import org.icans.management.action.Basis;
import org.icans.management.action.Medication;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseInterval;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.testing.Situations;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.evidence.Citation;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import org.icans.model.patient.TherapyModality;
import org.icans.model.testing.FactorySanity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Guava's {@link ClassSanityTester} over the public static factories of management's value types
 * (issue 12, point 6): equal exactly when their arguments are, null refused. The distinct values lie
 * inside what each factory accepts (grades 0 and 1, two adult ages and weights, two situations, two
 * policies, two sources). {@code DoseInterval.hours(shortest, longest)} and {@code Dose.stated(rule,
 * weight, low, high)} need their two numbers in order, which the tester's independent values cannot
 * respect: an {@link EqualsTester} checks them instead.
 */
class ClassSanityTest {
  private static final Situation ONE = Situations.adult(Situations.AXI_CEL, 2, 0);
  private static final Situation TWO = Situations.adult(Situations.AXI_CEL, 3, 0);
  private static final ManagementPolicy ASCO = ManagementPolicies.require("asco-2021");
  private static final ManagementPolicy CROMBIE = ManagementPolicies.require("crombie-2024");

  static ClassSanityTester tester(Class<?> type) {
    List<?> one;
    List<?> other;
    if (type == PlanComparison.class) {
      one = List.of(ASCO, CROMBIE);
      other = List.of(ASCO, ManagementPolicies.require("droracle-2026"));
    } else {
      // Plan.of takes the actions, silences and gaps: empty, or one action.
      one = List.of();
      other = List.of((Action) Medication.withoutDose(Drug.DEXAMETHASONE,
          org.icans.management.action.Purpose.values()[0], Basis.of(ManagementSources.ASCO21)));
    }
    return new ClassSanityTester()
        .setDistinctValues(int.class, 0, 1)
        .setDistinctValues(double.class, 40.0, 70.0)
        .setDistinctValues(String.class, "a", "b")
        .setDistinctValues(Situation.class, ONE, TWO)
        .setDistinctValues(ManagementPolicy.class, ASCO, CROMBIE)
        .setDistinctValues(List.class, one, other)
        .setDistinctValues(Set.class, Set.of(TherapyModality.CAR_T_CELL), Set.of(TherapyModality.BISPECIFIC_T_CELL_ENGAGER))
        .setDistinctValues(Citation.class, ManagementSources.ASCO21, ManagementSources.SAFE_LP)
        .setDistinctValues(Basis.class, Basis.of(ManagementSources.ASCO21), Basis.of(ManagementSources.SAFE_LP))
        .setDistinctValues(DoseRule.class, rule(8), rule(12))
        .setDistinctValues(OptionalDouble.class, OptionalDouble.of(70), OptionalDouble.empty())
        .setDistinctValues(Assessment.class, assessment(Seizure.NONE), assessment(Seizure.RAPIDLY_RESOLVING))
        .setDistinctValues(IcansObservation.class, observation(Seizure.NONE), observation(Seizure.RAPIDLY_RESOLVING))
        .setDistinctValues(Duration.class, Duration.ofHours(6), Duration.ofHours(12))
        .setDistinctValues(Optional.class, Optional.empty(), Optional.of("x"));
  }

  private static DoseRule rule(int hours) {
    return DoseRule.builder(Drug.TOCILIZUMAB, "8 mg/kg IV, max 800 mg").mgPerKg(8).capMg(800).everyHours(hours).build();
  }

  private static IcansObservation observation(Seizure seizure) {
    return IcansObservation.builder().seizure(seizure).build();
  }

  private static Assessment assessment(Seizure seizure) {
    // A situation needs a CRS grade: no fever, so CRS grade 0.
    return Assessment.builder().patientId("P1").day(1).patient(Patient.aged(40)).icans(observation(seizure))
        .crs(CrsObservation.builder().temperatureCelsius(37.0).build()).build();
  }

  @TestFactory
  List<DynamicTest> factoriesGiveEqualValuesExactlyForEqualArgumentsAndRefuseNull() {
    List<Class<?>> types = NullRejectionTest.exportedTypes().stream().filter(c -> c != DoseInterval.class && c != Dose.class).toList();
    return FactorySanity.tests(types, ClassSanityTest::tester);
  }

  @Test
  void statedDosesAreEqualExactlyWhenTheirRuleWeightAndAmountsAre() {
    new EqualsTester()
        .addEqualityGroup(Dose.stated(rule(8), OptionalDouble.of(70), 400, 560),
            Dose.stated(rule(8), OptionalDouble.of(70), 400, 560))
        .addEqualityGroup(Dose.stated(rule(12), OptionalDouble.of(70), 400, 560))
        .addEqualityGroup(Dose.stated(rule(8), OptionalDouble.empty(), 400, 560))
        .addEqualityGroup(Dose.stated(rule(8), OptionalDouble.of(70), 400, 400))
        .addEqualityGroup(Dose.stated(rule(8), OptionalDouble.of(70), 560, 560))
        .testEquals();
  }

  @Test
  void doseIntervalsAreEqualExactlyWhenTheirHoursAre() {
    new EqualsTester()
        .addEqualityGroup(DoseInterval.hours(6), DoseInterval.hours(6, 6))
        .addEqualityGroup(DoseInterval.hours(8))
        .addEqualityGroup(DoseInterval.hours(6, 12), DoseInterval.hours(6, 12))
        .addEqualityGroup(DoseInterval.hours(6, 8))
        .testEquals();
  }
}
