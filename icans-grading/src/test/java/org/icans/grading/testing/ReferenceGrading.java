package org.icans.grading.testing;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdScore;
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
 * An independent, deliberately naive restatement of the grading rules of
 * {@code /work/shared/reference/grading.md} (binding choices 1-9 and section 7), used as an oracle
 * by the properties. It shares no code with the grader. {@code -1} stands for "no grade".
 */
public final class ReferenceGrading {
  private ReferenceGrading() {}

  /** No grade. */
  public static final int NONE = -1;

  /** Choice 1: developmental delay gives CAPD at any age; otherwise ICE from 12.0 years, CAPD below. */
  public static EncephalopathyTool tool(Patient patient) {
    if (patient.developmentalDelay()) {
      return EncephalopathyTool.CAPD;
    }
    return patient.ageYears() >= 12.0 ? EncephalopathyTool.ICE : EncephalopathyTool.CAPD;
  }

  /** Whether the domain's finding was recorded (for encephalopathy: the applicable tool's value). */
  public static boolean assessed(IcansObservation o, EncephalopathyTool tool, IcansDomain d) {
    switch (d) {
      case ENCEPHALOPATHY:
        return tool == EncephalopathyTool.ICE ? o.ice().isPresent() : o.capd().isPresent();
      case CONSCIOUSNESS:
        return o.consciousness().isPresent();
      case SEIZURE:
        return o.seizure().isPresent();
      case MOTOR:
        return o.motor().isPresent();
      default:
        return o.icp().isPresent();
    }
  }

  /** The domains neither assessed nor attributed to another cause: what makes a grade a lower bound. */
  public static Set<IcansDomain> missing(IcansObservation o, EncephalopathyTool tool) {
    EnumSet<IcansDomain> missing = EnumSet.noneOf(IcansDomain.class);
    for (IcansDomain d : IcansDomain.values()) {
      if (!assessed(o, tool, d) && !o.attributedToOtherCause().contains(d)) {
        missing.add(d);
      }
    }
    return missing;
  }

  /** Choice 2: ICE 10 -> 0; 7-9 -> 1; 3-6 -> 2; 0-2 -> 3. */
  public static int iceGrade(int total) {
    return total == 10 ? 0 : total >= 7 ? 1 : total >= 3 ? 2 : 3;
  }

  /** Choice 3: CAPD 0 -> 0; 1-8 -> 1; >= 9 -> 3; unable -> 4. */
  public static int capdGrade(CapdScore capd) {
    if (capd.isUnableToPerform()) {
      return 4;
    }
    int t = capd.total().getAsInt();
    return t == 0 ? 0 : t <= 8 ? 1 : 3;
  }

  /** Choice 4: alert 0, spontaneously 1, voice 2, touch 3, unarousable 4. */
  public static int consciousnessGrade(Consciousness c) {
    switch (c) {
      case ALERT:
        return 0;
      case AWAKENS_SPONTANEOUSLY:
        return 1;
      case AWAKENS_TO_VOICE:
        return 2;
      case AWAKENS_TO_TOUCH:
        return 3;
      default:
        return 4;
    }
  }

  /** Choice 5: none 0, rapidly resolving 3, prolonged or repetitive 4. */
  public static int seizureGrade(Seizure s) {
    return s == Seizure.NONE ? 0 : s == Seizure.RAPIDLY_RESOLVING ? 3 : 4;
  }

  /** Choice 5: hemiparesis or paraparesis 4; tremor and myoclonus never count. */
  public static int motorGrade(MotorFindings m) {
    return m.asSet().contains(MotorFinding.HEMIPARESIS) || m.asSet().contains(MotorFinding.PARAPARESIS) ? 4 : 0;
  }

  /** Choice 5: focal edema 3; diffuse edema, posturing, CN VI palsy, papilledema, Cushing's triad 4. */
  public static int icpGrade(IcpFindings f) {
    Set<IcpFinding> s = f.asSet();
    if (s.contains(IcpFinding.DIFFUSE_EDEMA) || s.contains(IcpFinding.POSTURING) || s.contains(IcpFinding.CN6_PALSY)
        || s.contains(IcpFinding.PAPILLEDEMA) || s.contains(IcpFinding.CUSHING_TRIAD)) {
      return 4;
    }
    return s.contains(IcpFinding.FOCAL_EDEMA) ? 3 : 0;
  }

  /**
   * One domain's grade, or {@link #NONE} when not assessed or attributed to another cause (choice 6).
   * ICE 0 in a patient whose (counted) consciousness is unarousable is grade 4 (choice 2).
   */
  public static int domainGrade(IcansObservation o, EncephalopathyTool tool, IcansDomain d) {
    if (o.attributedToOtherCause().contains(d) || !assessed(o, tool, d)) {
      return NONE;
    }
    switch (d) {
      case ENCEPHALOPATHY:
        if (tool == EncephalopathyTool.CAPD) {
          return capdGrade(o.capd().get());
        }
        int total = o.ice().get().total();
        boolean unarousable = o.consciousness().equals(Optional.of(Consciousness.UNAROUSABLE))
            && !o.attributedToOtherCause().contains(IcansDomain.CONSCIOUSNESS);
        return total == 0 && unarousable ? 4 : iceGrade(total);
      case CONSCIOUSNESS:
        return consciousnessGrade(o.consciousness().get());
      case SEIZURE:
        return seizureGrade(o.seizure().get());
      case MOTOR:
        return motorGrade(o.motor().get());
      default:
        return icpGrade(o.icp().get());
    }
  }

  /** Choices 7 and 8: 5 when died of ICANS, else the highest domain grade, else no grade. */
  public static int icansGrade(IcansObservation o, EncephalopathyTool tool) {
    if (o.diedOfIcans()) {
      return 5;
    }
    int worst = NONE;
    for (IcansDomain d : IcansDomain.values()) {
      worst = Math.max(worst, domainGrade(o, tool, d));
    }
    return worst;
  }

  // ---------------------------------------------------------------- CRS (choice 9)

  /** Hypotension support: none 0, fluids 2, one vasopressor 3, multiple 4, support not recorded 2 (G-11). */
  public static int hypotensionGrade(Hypotension h) {
    return switch (h) {
      case NONE -> 0;
      case FLUIDS, UNKNOWN_SUPPORT -> 2;
      case ONE_VASOPRESSOR -> 3;
      case MULTIPLE_VASOPRESSORS -> 4;
    };
  }

  /**
   * Oxygen support: room air 0; blow-by or a nasal cannula (either kind) at a given flow of 6 L/min or
   * less 2; nasal cannula above 6 L/min, high-flow cannula without a flow, facemask, nonrebreather,
   * Venturi 3; CPAP, BiPAP, mechanical ventilation 4; device not recorded 2 (G-11).
   */
  public static int oxygenGrade(OxygenSupport s) {
    return switch (s.device()) {
      case NONE -> 0;
      case BLOW_BY, UNKNOWN_DEVICE -> 2;
      case NASAL_CANNULA, HIGH_FLOW_NASAL_CANNULA -> s.flowLitresPerMinute().isPresent()
          ? (s.flowLitresPerMinute().getAsDouble() <= 6.0 ? 2 : 3) : 3;
      case FACEMASK, NONREBREATHER, VENTURI -> 3;
      case CPAP, BIPAP, MECHANICAL_VENTILATION -> 4;
    };
  }

  /** Whether the observation records a fever (>= 38.0 C) not attributed to another cause. */
  public static boolean fever(CrsObservation o) {
    return o.temperatureCelsius().isPresent() && o.temperatureCelsius().getAsDouble() >= 38.0
        && !o.attributedToOtherCause().contains(CrsSign.FEVER);
  }

  /**
   * Whether nothing of CRS is gradeable: each sign (temperature, hypotension, oxygen) is either not
   * recorded or attributed to another cause (CrsGrade's documented meaning of "no grade", as for
   * ICANS domains).
   */
  public static boolean nothingGradeable(CrsObservation o) {
    Set<CrsSign> a = o.attributedToOtherCause();
    return (o.temperatureCelsius().isEmpty() || a.contains(CrsSign.FEVER))
        && (o.hypotension().isEmpty() || a.contains(CrsSign.HYPOTENSION))
        && (o.oxygen().isEmpty() || a.contains(CrsSign.HYPOXIA));
  }

  /**
   * The CRS grade by choice 9, or {@link #NONE} when nothing is gradeable and the patient did not die
   * of CRS (see {@link #nothingGradeable}).
   */
  public static int crsGrade(CrsObservation o) {
    if (o.diedOfCrs()) {
      return 5;
    }
    if (nothingGradeable(o)) {
      return NONE;
    }
    boolean fever = fever(o);
    if (!fever && !o.feverMasked()) {
      return 0;
    }
    int h = o.hypotension().isPresent() && !o.attributedToOtherCause().contains(CrsSign.HYPOTENSION)
        ? hypotensionGrade(o.hypotension().get()) : NONE;
    int x = o.oxygen().isPresent() && !o.attributedToOtherCause().contains(CrsSign.HYPOXIA)
        ? oxygenGrade(o.oxygen().get()) : NONE;
    int support = Math.max(h, x);
    if (support >= 2) {
      return support;
    }
    return fever ? 1 : 0;
  }

  /**
   * The contract's {@code crs_complete} (spec/assessment-csv.md v1.1), word for word: true when (a)
   * there is no CRS fever (a temperature below 38 C, or one attributed to another cause) and
   * fever_masked is not true; or (b) temperature, hypotension and oxygen are all given (attributed
   * counts as given) and none is unknown_*; or (c) the grade is 4 from a recorded support, or 5;
   * false otherwise, including when there is no grade.
   */
  public static boolean crsComplete(CrsObservation o) {
    int grade = crsGrade(o);
    if (grade == NONE) {
      return false;
    }
    Set<CrsSign> a = o.attributedToOtherCause();
    boolean temperatureGiven = o.temperatureCelsius().isPresent() || a.contains(CrsSign.FEVER);
    boolean noCrsFever = temperatureGiven && !fever(o);
    if (noCrsFever && !o.feverMasked()) {
      return true;
    }
    boolean hypotensionGiven = o.hypotension().isPresent() || a.contains(CrsSign.HYPOTENSION);
    boolean oxygenGiven = o.oxygen().isPresent() || a.contains(CrsSign.HYPOXIA);
    boolean unknown = o.hypotension().equals(Optional.of(Hypotension.UNKNOWN_SUPPORT))
        || o.oxygen().map(x -> x.device() == OxygenDevice.UNKNOWN_DEVICE).orElse(false);
    if (temperatureGiven && hypotensionGiven && oxygenGiven && !unknown) {
      return true;
    }
    return grade >= 4;
  }
}
