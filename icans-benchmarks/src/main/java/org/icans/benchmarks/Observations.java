package org.icans.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.icans.model.crs.CrsObservation;
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
import org.icans.model.patient.Patient;

/**
 * Varied inputs for the benchmarks, from a fixed seed: each domain is absent about one time in
 * five, and every value of each domain occurs, so that nothing is constant-folded and branches
 * are not all predicted.
 */
final class Observations {
  private Observations() {}

  static IcansObservation icans(SplittableRandom r) {
    IcansObservation.Builder b = IcansObservation.builder();
    if (r.nextInt(5) != 0) {
      b.ice(IceScore.ofTotal(r.nextInt(11)));
    }
    if (r.nextInt(5) != 0) {
      b.capd(r.nextInt(20) == 0 ? CapdScore.unableToPerform() : CapdScore.ofTotal(r.nextInt(33)));
    }
    if (r.nextInt(5) != 0) {
      b.consciousness(pick(r, Consciousness.values()));
    }
    if (r.nextInt(5) != 0) {
      b.seizure(pick(r, Seizure.values()));
    }
    if (r.nextInt(5) != 0) {
      List<MotorFinding> m = new ArrayList<>();
      for (MotorFinding f : MotorFinding.values()) {
        if (r.nextInt(6) == 0) {
          m.add(f);
        }
      }
      b.motor(MotorFindings.of(m));
    }
    if (r.nextInt(5) != 0) {
      List<IcpFinding> m = new ArrayList<>();
      for (IcpFinding f : IcpFinding.values()) {
        if (r.nextInt(10) == 0) {
          m.add(f);
        }
      }
      b.icp(IcpFindings.of(m));
    }
    for (IcansDomain d : IcansDomain.values()) {
      if (r.nextInt(15) == 0) {
        b.addAttributedToOtherCause(d);
      }
    }
    return b.diedOfIcans(r.nextInt(1000) == 0).build();
  }

  static Patient patient(SplittableRandom r) {
    return Patient.builder().ageYears(r.nextInt(80) + r.nextDouble()).developmentalDelay(r.nextInt(30) == 0).build();
  }

  static CrsObservation crs(SplittableRandom r) {
    CrsObservation.Builder b = CrsObservation.builder();
    if (r.nextInt(5) != 0) {
      b.temperatureCelsius(36.0 + r.nextInt(45) / 10.0);
    }
    b.feverMasked(r.nextInt(4) == 0);
    if (r.nextInt(5) != 0) {
      b.hypotension(pick(r, Hypotension.values()));
    }
    if (r.nextInt(5) != 0) {
      OxygenDevice device = pick(r, OxygenDevice.values());
      boolean cannula = device == OxygenDevice.NASAL_CANNULA || device == OxygenDevice.HIGH_FLOW_NASAL_CANNULA;
      b.oxygen(cannula ? OxygenSupport.of(device, 1 + r.nextInt(40)) : OxygenSupport.of(device));
    }
    return b.build();
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }
}
