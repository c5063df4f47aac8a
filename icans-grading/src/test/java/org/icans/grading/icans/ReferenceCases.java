package org.icans.grading.icans;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.icans.model.encephalopathy.CapdAnswers;
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
 * A compact notation for the oracle cases of {@code reference/grading.md} section 8, so that the
 * test tables read like the reference. Defaults follow section 8: every domain assessed and
 * normal, nothing attributed. Tokens, space-separated:
 * {@code age=6 delay ice=N tasks=o/n/c/w/a capd=N|unable items=a;b;...;h loc=alert|spont|voice|touch|unarousable
 * sz=none|rapid|prolonged motor=tremor+hemi|none icp=focal+diffuse+posturing+cn6+papilledema+cushing|none
 * attr=enc+loc+sz+motor+icp na=enc+loc+sz+motor+icp died}.
 */
final class ReferenceCases {
  private ReferenceCases() {}

  record Case(IcansObservation observation, Patient patient) {}

  static Case parse(String spec, double defaultAge) {
    IcansObservation.Builder b = IcansObservation.builder();
    double age = defaultAge;
    boolean delay = false;
    boolean encSet = false;
    Consciousness loc = Consciousness.ALERT;
    Seizure sz = Seizure.NONE;
    MotorFindings motor = MotorFindings.none();
    IcpFindings icp = IcpFindings.none();
    Set<IcansDomain> notAssessed = EnumSet.noneOf(IcansDomain.class);
    for (String token : spec.trim().split("\\s+")) {
      String[] kv = token.split("=", 2);
      String v = kv.length > 1 ? kv[1] : "";
      switch (kv[0]) {
        case "age": age = Double.parseDouble(v); break;
        case "delay": delay = true; break;
        case "ice": b.ice(IceScore.ofTotal(Integer.parseInt(v))); encSet = true; break;
        case "tasks": {
          String[] t = v.split("/");
          b.ice(IceScore.ofTasks(Integer.parseInt(t[0]), Integer.parseInt(t[1]), Integer.parseInt(t[2]),
              Integer.parseInt(t[3]), Integer.parseInt(t[4])));
          encSet = true;
          break;
        }
        case "capd":
          b.capd(v.equals("unable") ? CapdScore.unableToPerform() : CapdScore.ofTotal(Integer.parseInt(v)));
          encSet = true;
          break;
        case "items": {
          String[] t = v.split(";");
          int[] codes = new int[t.length];
          for (int i = 0; i < t.length; i++) {
            codes[i] = Integer.parseInt(t[i]);
          }
          b.capd(CapdScore.of(CapdAnswers.ofCodes(codes)));
          encSet = true;
          break;
        }
        case "loc": loc = consciousness(v); break;
        case "sz": sz = v.equals("rapid") ? Seizure.RAPIDLY_RESOLVING
            : v.equals("prolonged") ? Seizure.PROLONGED_OR_REPETITIVE : Seizure.NONE; break;
        case "motor": motor = motor(v); break;
        case "icp": icp = icp(v); break;
        case "attr": b.addAllAttributedToOtherCause(domains(v)); break;
        case "na": notAssessed.addAll(domains(v)); break;
        case "died": b.diedOfIcans(true); break;
        default: throw new IllegalArgumentException("unknown token " + token);
      }
    }
    if (!encSet && !notAssessed.contains(IcansDomain.ENCEPHALOPATHY)) {
      // Section 8 default: every domain assessed and normal.
      boolean capd = EncephalopathyTool.forPatient(age, delay) == EncephalopathyTool.CAPD;
      if (capd) {
        b.capd(CapdScore.ofTotal(0));
      } else {
        b.ice(IceScore.ofTotal(10));
      }
    }
    if (!notAssessed.contains(IcansDomain.CONSCIOUSNESS)) {
      b.consciousness(loc);
    }
    if (!notAssessed.contains(IcansDomain.SEIZURE)) {
      b.seizure(sz);
    }
    if (!notAssessed.contains(IcansDomain.MOTOR)) {
      b.motor(motor);
    }
    if (!notAssessed.contains(IcansDomain.ICP)) {
      b.icp(icp);
    }
    return new Case(b.build(), Patient.builder().ageYears(age).developmentalDelay(delay).build());
  }

  static Set<IcansDomain> domains(String v) {
    Set<IcansDomain> set = EnumSet.noneOf(IcansDomain.class);
    if (v.isEmpty() || v.equals("none")) {
      return set;
    }
    for (String d : v.split("[+;]")) {
      switch (d) {
        case "enc": case "encephalopathy": set.add(IcansDomain.ENCEPHALOPATHY); break;
        case "loc": case "consciousness": set.add(IcansDomain.CONSCIOUSNESS); break;
        case "sz": case "seizure": set.add(IcansDomain.SEIZURE); break;
        case "motor": set.add(IcansDomain.MOTOR); break;
        case "icp": set.add(IcansDomain.ICP); break;
        default: throw new IllegalArgumentException("unknown domain " + d);
      }
    }
    return set;
  }

  private static Consciousness consciousness(String v) {
    switch (v) {
      case "alert": return Consciousness.ALERT;
      case "spont": return Consciousness.AWAKENS_SPONTANEOUSLY;
      case "voice": return Consciousness.AWAKENS_TO_VOICE;
      case "touch": return Consciousness.AWAKENS_TO_TOUCH;
      case "unarousable": return Consciousness.UNAROUSABLE;
      default: throw new IllegalArgumentException("unknown consciousness " + v);
    }
  }

  private static MotorFindings motor(String v) {
    List<MotorFinding> list = new ArrayList<>();
    for (String m : v.split("\\+")) {
      switch (m) {
        case "none": break;
        case "tremor": list.add(MotorFinding.TREMOR); break;
        case "myoclonus": list.add(MotorFinding.MYOCLONUS); break;
        case "hemi": list.add(MotorFinding.HEMIPARESIS); break;
        case "para": list.add(MotorFinding.PARAPARESIS); break;
        default: throw new IllegalArgumentException("unknown motor finding " + m);
      }
    }
    return MotorFindings.of(list);
  }

  private static IcpFindings icp(String v) {
    List<IcpFinding> list = new ArrayList<>();
    for (String m : v.split("\\+")) {
      switch (m) {
        case "none": break;
        case "focal": list.add(IcpFinding.FOCAL_EDEMA); break;
        case "diffuse": list.add(IcpFinding.DIFFUSE_EDEMA); break;
        case "posturing": list.add(IcpFinding.POSTURING); break;
        case "cn6": list.add(IcpFinding.CN6_PALSY); break;
        case "papilledema": list.add(IcpFinding.PAPILLEDEMA); break;
        case "cushing": list.add(IcpFinding.CUSHING_TRIAD); break;
        default: throw new IllegalArgumentException("unknown ICP finding " + m);
      }
    }
    return IcpFindings.of(list);
  }

  /** "enc;loc" style driver list, or "" for none, as lower-case domain names in domain order. */
  static String names(Set<IcansDomain> domains) {
    StringBuilder s = new StringBuilder();
    for (IcansDomain d : domains) {
      s.append(s.length() == 0 ? "" : ";").append(d.name().toLowerCase(Locale.ROOT));
    }
    return s.toString();
  }
}
