package org.icans.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.internal.FindingsLayout;
import org.icans.model.patient.Patient;

/**
 * What an assessment keeps for grading is its findings cut into the windows of {@link
 * FindingsLayout}, and its patient's completed years and delay: copies of what was recorded, each
 * window exactly the bits of its fields, and together every bit of the findings.
 */
class AssessmentWindowsProperties {
  private static final FindingsAccess.AssessmentReader READER = FindingsAccess.assessment();

  /** The ICANS windows: the two encephalopathy windows share the attribution bit, and nothing else. */
  @Example
  void theIcansWindowsCoverEveryFieldAndShareOnlyTheAttributionBit() {
    long[] windows = {
      window(FindingsLayout.ICE_WINDOW_SHIFT, FindingsLayout.ICE_WINDOW_MASK),
      window(FindingsLayout.CAPD_WINDOW_SHIFT, FindingsLayout.CAPD_WINDOW_MASK),
      window(FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_SHIFT, FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_MASK),
      window(FindingsLayout.MOTOR_WINDOW_SHIFT, FindingsLayout.MOTOR_WINDOW_MASK),
      window(FindingsLayout.ICP_DEATH_WINDOW_SHIFT, FindingsLayout.ICP_DEATH_WINDOW_MASK)
    };
    long all = 0;
    for (int i = 0; i < windows.length; i++) {
      for (int j = i + 1; j < windows.length; j++) {
        long shared = windows[i] & windows[j];
        assertEquals(i == 0 && j == 1 ? 1L << FindingsLayout.ENCEPHALOPATHY_ATTRIBUTED_BIT : 0L, shared, i + " " + j);
      }
      all |= windows[i];
    }
    assertEquals((1L << (FindingsLayout.DIED_OF_ICANS_BIT + 1)) - 1, all);
    // Each window fits the field an assessment keeps it in: a byte, the last a short; none is signed.
    assertEquals(0, FindingsLayout.CAPD_WINDOW_MASK & ~0x7F);
    assertEquals(0, FindingsLayout.ICP_DEATH_WINDOW_MASK & ~0x7FFF);
  }

  @Example
  void theCrsWindowsAreTheTwoHalvesOfTheFindings() {
    long low = window(FindingsLayout.FEVER_HYPOTENSION_WINDOW_SHIFT, FindingsLayout.FEVER_HYPOTENSION_WINDOW_MASK);
    long high = window(FindingsLayout.OXYGEN_DEATH_WINDOW_SHIFT, FindingsLayout.OXYGEN_DEATH_WINDOW_MASK);
    assertEquals(0, low & high);
    assertEquals((1L << (FindingsLayout.DIED_OF_CRS_BIT + 1)) - 1, low | high);
  }

  @Property(tries = 2000)
  void anAssessmentKeepsTheWindowsOfItsFindingsAndItsPatientsByte(@ForAll("assessments") Assessment a) {
    long icans = FindingsAccess.icans().findings(a.icans());
    assertEquals(field(icans, FindingsLayout.ICE_WINDOW_SHIFT, FindingsLayout.ICE_WINDOW_MASK), READER.iceWindow(a));
    assertEquals(field(icans, FindingsLayout.CAPD_WINDOW_SHIFT, FindingsLayout.CAPD_WINDOW_MASK), READER.capdWindow(a));
    assertEquals(field(icans, FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_SHIFT,
        FindingsLayout.CONSCIOUSNESS_SEIZURE_WINDOW_MASK), READER.consciousnessSeizureWindow(a));
    assertEquals(field(icans, FindingsLayout.MOTOR_WINDOW_SHIFT, FindingsLayout.MOTOR_WINDOW_MASK),
        READER.motorWindow(a));
    assertEquals(field(icans, FindingsLayout.ICP_DEATH_WINDOW_SHIFT, FindingsLayout.ICP_DEATH_WINDOW_MASK),
        READER.icpDeathWindow(a));
    int crs = FindingsAccess.crs().findings(a.crs());
    assertEquals(field(crs, FindingsLayout.FEVER_HYPOTENSION_WINDOW_SHIFT,
        FindingsLayout.FEVER_HYPOTENSION_WINDOW_MASK), READER.feverHypotensionWindow(a));
    assertEquals(field(crs, FindingsLayout.OXYGEN_DEATH_WINDOW_SHIFT, FindingsLayout.OXYGEN_DEATH_WINDOW_MASK),
        READER.oxygenDeathWindow(a));
    assertEquals(Double.doubleToRawLongBits(FindingsAccess.crs().temperatureCelsius(a.crs())),
        Double.doubleToRawLongBits(READER.temperatureCelsius(a)));
    assertEquals(Double.doubleToRawLongBits(FindingsAccess.crs().flowLitresPerMinute(a.crs())),
        Double.doubleToRawLongBits(READER.flowLitresPerMinute(a)));
    int patient = READER.patientByte(a) & 0xFF;
    assertEquals((long) Math.floor(a.patient().ageYears()), patient & FindingsLayout.AGE_YEARS_MASK);
    assertEquals(a.patient().developmentalDelay(), (patient >>> FindingsLayout.DEVELOPMENTAL_DELAY_BIT) == 1);
  }

  /** The patient's byte holds the completed years as recorded, -0.0 and the last year included. */
  @Example
  void thePatientsByteAtTheEdgesOfTheAges() {
    double[] ages = {-0.0, 0.0, Math.nextDown(1.0), Math.nextDown(12.0), 12.0, Math.nextDown(Patient.MAX_AGE_YEARS),
      Patient.MAX_AGE_YEARS};
    int[] years = {0, 0, 0, 11, 12, 119, 120};
    for (int i = 0; i < ages.length; i++) {
      assertEquals(years[i], FindingsLayout.patientByte(ages[i], false), ages[i] + " years");
      assertEquals(years[i] | 0x80, FindingsLayout.patientByte(ages[i], true) & 0xFF, ages[i] + " years, delay");
    }
  }

  private static long window(int shift, int mask) {
    return (long) mask << shift;
  }

  private static int field(long findings, int shift, int mask) {
    return (int) (findings >>> shift) & mask;
  }

  @Provide
  Arbitrary<Assessment> assessments() {
    return Arbitraries.randoms().map(AssessmentWindowsProperties::assessment);
  }

  /** Every domain absent about one time in five, every value occurring. */
  private static Assessment assessment(Random r) {
    IcansObservation.Builder i = IcansObservation.builder();
    if (r.nextInt(5) != 0) {
      i.ice(IceScore.ofTotal(r.nextInt(11)));
    }
    if (r.nextInt(5) != 0) {
      i.capd(r.nextInt(20) == 0 ? CapdScore.unableToPerform() : CapdScore.ofTotal(r.nextInt(33)));
    }
    if (r.nextInt(5) != 0) {
      i.consciousness(pick(r, Consciousness.values()));
    }
    if (r.nextInt(5) != 0) {
      i.seizure(pick(r, Seizure.values()));
    }
    if (r.nextInt(5) != 0) {
      i.motor(MotorFindings.of(some(r, MotorFinding.values())));
    }
    if (r.nextInt(5) != 0) {
      i.icp(IcpFindings.of(some(r, IcpFinding.values())));
    }
    for (IcansDomain d : IcansDomain.values()) {
      if (r.nextInt(6) == 0) {
        i.addAttributedToOtherCause(d);
      }
    }
    CrsObservation.Builder c = CrsObservation.builder().feverMasked(r.nextBoolean());
    if (r.nextInt(5) != 0) {
      c.temperatureCelsius(35 + r.nextInt(60) / 10.0);
    }
    if (r.nextInt(5) != 0) {
      c.hypotension(pick(r, Hypotension.values()));
    }
    if (r.nextInt(5) != 0) {
      OxygenDevice device = pick(r, OxygenDevice.values());
      // A nasal cannula needs its flow; a high-flow cannula may have one.
      boolean flow = device == OxygenDevice.NASAL_CANNULA
          || device == OxygenDevice.HIGH_FLOW_NASAL_CANNULA && r.nextBoolean();
      c.oxygen(flow ? OxygenSupport.of(device, 0.5 + r.nextInt(80) / 2.0) : OxygenSupport.of(device));
    }
    for (CrsSign s : CrsSign.values()) {
      if (r.nextInt(6) == 0) {
        c.addAttributedToOtherCause(s);
      }
    }
    Patient patient = Patient.builder().ageYears(r.nextInt(4) == 0 ? r.nextInt(121) : r.nextDouble() * 120)
        .developmentalDelay(r.nextInt(8) == 0).build();
    return Assessment.builder().patientId("PT" + r.nextInt(100)).day(r.nextInt(60) - 30).patient(patient)
        .icans(i.diedOfIcans(r.nextInt(50) == 0).build()).crs(c.diedOfCrs(r.nextInt(50) == 0).build()).build();
  }

  private static <T> T pick(Random r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> List<T> some(Random r, T[] values) {
    List<T> some = new ArrayList<>();
    for (T v : values) {
      if (r.nextInt(4) == 0) {
        some.add(v);
      }
    }
    return some;
  }
}
