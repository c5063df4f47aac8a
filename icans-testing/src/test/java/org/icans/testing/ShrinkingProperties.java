package org.icans.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Shrinkable;
import net.jqwik.api.ShrinkingDistance;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.patient.Patient;
import net.jqwik.api.Example;

/**
 * A failure that every value triggers shrinks to the simplest value: nothing assessed, zero, the
 * first value of each domain. Shrinking here takes the first smaller candidate again and again, as
 * jqwik does when every candidate still fails (inside jqwik: shrinking needs its lifecycle).
 */
class ShrinkingProperties {
  private static final int SEEDS = 40;

  private static <T> T shrunk(Arbitrary<T> arbitrary, long seed) {
    Shrinkable<T> s = arbitrary.generator(1000).next(new Random(seed));
    for (int step = 0; step < 100_000; step++) {
      ShrinkingDistance d = s.distance();
      Optional<Shrinkable<T>> smaller = s.shrink().filter(c -> c.distance().compareTo(d) < 0).findFirst();
      if (smaller.isEmpty()) {
        return s.value();
      }
      s = smaller.get();
    }
    return fail("no end to shrinking from seed " + seed);
  }

  private static <T> void assertShrinksTo(T expected, Arbitrary<T> arbitrary) {
    for (long seed = 0; seed < SEEDS; seed++) {
      assertEquals(expected, shrunk(arbitrary, seed), "seed " + seed);
    }
  }

  @Example
  void observationsShrinkToNothingAssessed() {
    assertShrinksTo(IcansObservation.notAssessed(), IcansObservations.valid());
    assertShrinksTo(IcansObservation.notAssessed(), IcansObservations.withDomainsNotAssessed());
    assertShrinksTo(CrsObservation.notAssessed(), CrsObservations.valid());
    assertShrinksTo(CrsObservation.notAssessed(), CrsObservations.withSignsNotAssessed());
  }

  @Example
  void fullyAssessedObservationsShrinkToTheFirstValueOfEachDomain() {
    assertShrinksTo(IcansObservation.builder().ice(IceScore.ofTotal(0)).capd(CapdScore.ofTotal(0))
        .consciousness(Consciousness.ALERT).seizure(Seizure.NONE).motor(MotorFindings.none()).icp(IcpFindings.none())
        .build(), IcansObservations.fullyAssessed());
    assertShrinksTo(CrsObservation.builder().temperatureCelsius(CrsObservation.MIN_TEMPERATURE_C)
        .hypotension(Hypotension.NONE).oxygen(OxygenSupport.roomAir()).build(), CrsObservations.fullyAssessed());
  }

  @Example
  void scoresShrinkToZero() {
    assertShrinksTo(IceScore.ofTotal(0), EncephalopathyScores.ice());
    assertShrinksTo(CapdScore.ofTotal(0), EncephalopathyScores.capd());
  }

  @Example
  void assessmentsShrinkToANewbornWithNothingAssessedOnDayZero() {
    assertShrinksTo(Patient.aged(0), Patients.valid());
    assertShrinksTo(Assessment.builder().patientId("PT001").day(0).patient(Patient.aged(0)).build(),
        Assessments.valid());
    List<Assessment> course = shrunk(Assessments.courses(), 1);
    assertEquals(1, course.size(), course::toString);
  }
}
