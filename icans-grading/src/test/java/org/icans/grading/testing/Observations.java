package org.icans.grading.testing;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;

/** Copies of an ICANS or CRS observation with one part replaced, a CRS observation from its parts, and a short grade helper. */
public final class Observations {
  private Observations() {}

  public static IcansObservation withIce(IcansObservation o, Optional<IceScore> v) {
    return IcansObservation.builder().from(o).ice(v).build();
  }

  public static IcansObservation withCapd(IcansObservation o, Optional<CapdScore> v) {
    return IcansObservation.builder().from(o).capd(v).build();
  }

  public static IcansObservation withConsciousness(IcansObservation o, Optional<Consciousness> v) {
    return IcansObservation.builder().from(o).consciousness(v).build();
  }

  public static IcansObservation withSeizure(IcansObservation o, Optional<Seizure> v) {
    return IcansObservation.builder().from(o).seizure(v).build();
  }

  public static IcansObservation withMotor(IcansObservation o, Optional<MotorFindings> v) {
    return IcansObservation.builder().from(o).motor(v).build();
  }

  public static IcansObservation withIcp(IcansObservation o, Optional<IcpFindings> v) {
    return IcansObservation.builder().from(o).icp(v).build();
  }

  public static IcansObservation withAttributed(IcansObservation o, Set<IcansDomain> attributed) {
    return IcansObservation.builder().from(o).attributedToOtherCause(attributed).build();
  }

  /** The encephalopathy value of the applicable tool replaced by the value at the same position of the other. */
  public static IcansObservation withEncephalopathy(IcansObservation o, EncephalopathyTool tool, Optional<?> v) {
    @SuppressWarnings("unchecked")
    IcansObservation r = tool == EncephalopathyTool.ICE
        ? withIce(o, (Optional<IceScore>) v) : withCapd(o, (Optional<CapdScore>) v);
    return r;
  }

  /** The grade as an int, -1 for no grade. */
  public static int g(IcansObservation o, EncephalopathyTool tool) {
    return IcansGrader.grade(o, tool).gradeOrMinusOne();
  }

  /** Builds a CRS observation from its parts. */
  public static CrsObservation crs(Optional<Double> temperature, boolean masked, Optional<Hypotension> hypotension,
      Optional<OxygenSupport> oxygen, Set<CrsSign> attributed, boolean died) {
    CrsObservation.Builder b = CrsObservation.builder()
        .feverMasked(masked).hypotension(hypotension).oxygen(oxygen)
        .attributedToOtherCause(attributed).diedOfCrs(died);
    temperature.ifPresent(b::temperatureCelsius);
    return b.build();
  }

  /** The same CRS observation with another temperature (or none). */
  public static CrsObservation withTemperature(CrsObservation o, OptionalDouble temperature) {
    return CrsObservation.builder().from(o).temperatureCelsius(temperature).build();
  }
}
