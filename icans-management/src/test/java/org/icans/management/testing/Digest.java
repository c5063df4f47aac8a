package org.icans.management.testing;

import java.util.ArrayList;
import java.util.List;
import org.icans.management.Plan;
import org.icans.management.Silence;
import org.icans.management.action.Action;
import org.icans.management.action.Caution;
import org.icans.management.action.LevelOfCare;
import org.icans.management.action.Medication;
import org.icans.management.action.Monitoring;
import org.icans.management.action.Strength;
import org.icans.management.action.SupportiveCare;
import org.icans.management.action.Workup;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.DoseInterval;
import org.icans.management.internal.Num;

/**
 * A compact token per action and silence, for the policy tables of the tests:
 * {@code med:dexamethasone:10mg:q6-12h}, {@code med:methylprednisolone:70-140mg/d}, {@code
 * med:corticosteroid?} (? = to consider), {@code care:intensive_care_unit}, {@code workup:eeg},
 * {@code monitor:2} (least times per 24 h, or {@code -}), {@code caution:driving}, {@code support},
 * {@code silent:corticosteroids} (not stated), {@code unverified:corticosteroids} (not verified).
 */
public final class Digest {
  private Digest() {}

  /** The tokens of a plan: its actions, then its silences. */
  public static List<String> of(Plan plan) {
    List<String> out = new ArrayList<>();
    for (Action a : plan.actions()) {
      out.add(token(a));
    }
    for (Silence s : plan.silences()) {
      out.add((s.reason() == Silence.Reason.NOT_VERIFIED ? "unverified:" : "silent:") + s.topic().code());
    }
    return out;
  }

  /** The token of one action. */
  public static String token(Action a) {
    String t;
    if (a instanceof Medication) {
      Medication m = (Medication) a;
      StringBuilder b = new StringBuilder("med:").append(m.drug().code());
      if (m.dose().isPresent()) {
        Dose d = m.dose().get();
        b.append(':').append(Num.range(d.lowMg(), d.highMg())).append("mg");
        if (d.rule().basis() == DoseBasis.PER_DAY) {
          b.append("/d");
        }
      }
      m.rule().flatMap(r -> r.interval()).ifPresent(i -> b.append(":q").append(interval(i)));
      t = b.toString();
    } else if (a instanceof LevelOfCare) {
      t = "care:" + ((LevelOfCare) a).setting().code();
    } else if (a instanceof Workup) {
      t = "workup:" + ((Workup) a).test().code();
    } else if (a instanceof Monitoring) {
      Monitoring m = (Monitoring) a;
      t = "monitor:" + (m.atLeastTimesPer24h().isPresent() ? String.valueOf(m.atLeastTimesPer24h().getAsInt()) : "-");
    } else if (a instanceof Caution) {
      t = "caution:" + ((Caution) a).about().code();
    } else if (a instanceof SupportiveCare) {
      t = "support";
    } else {
      throw new AssertionError(a);
    }
    return a.strength() == Strength.CONSIDER ? t + "?" : t;
  }

  private static String interval(DoseInterval i) {
    long lo = i.shortest().toMinutes();
    long hi = i.longest().toMinutes();
    if (lo % 60 != 0 || hi % 60 != 0) {
      return lo == hi ? lo + "min" : lo + "-" + hi + "min";
    }
    return lo == hi ? (lo / 60) + "h" : (lo / 60) + "-" + (hi / 60) + "h";
  }
}
