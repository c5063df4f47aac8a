package org.icans.management;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.icans.management.action.Action;
import org.icans.management.action.Caution;
import org.icans.management.action.LevelOfCare;
import org.icans.management.action.Medication;
import org.icans.management.action.Monitoring;
import org.icans.management.action.Precaution;
import org.icans.management.action.Strength;
import org.icans.management.action.SupportiveCare;
import org.icans.management.action.Topic;
import org.icans.management.action.Workup;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseRule;
import org.icans.model.evidence.Citation;
import org.icans.model.evidence.Evidence;
import org.icans.model.internal.json.JsonWriter;
import org.icans.model.patient.Product;

/** Text and JSON renderings of plans and comparisons. Not API. */
final class Render {
  private Render() {}

  /** The legend printed under every text rendering. */
  public static final String LEGEND = "Evidence: [V] verified against the source; [S] stated in a secondary source "
      + "(seed); [U] unverified; [P] project choice or safety rule (an action tagged [P] applies by the project's "
      + "reading of a word its source leaves undefined; its source's own tag follows on the source line). "
      + "LATER = a future instruction, not for now. REVIEW = kept as the source wrote it, implausible: review "
      + "before any clinical use. [not stated] = the encoded text says nothing here; [not verified] = the source "
      + "says something here that could not be verified, so nothing is encoded.";

  /** The one-letter tag of an evidence level: V, S, U or P. */
  public static String tag(Evidence e) {
    switch (e) {
      case VERIFIED:
        return "V";
      case SECONDARY:
        return "S";
      case UNVERIFIED:
        return "U";
      default:
        return "P";
    }
  }

  // ------------------------------------------------------------------------------------------ text

  /** A plan as text. */
  public static String planText(Plan plan) {
    StringBuilder s = new StringBuilder();
    header(s, plan.policy());
    s.append("Situation: ").append(plan.situation().describe()).append('\n');
    if (!plan.inScope()) {
      s.append('\n');
      plan.notes().forEach(n -> s.append(n).append('\n'));
      return s.toString();
    }
    if (!plan.gaps().isEmpty()) {
      s.append('\n');
      plan.gaps().forEach(g -> s.append(g.describe()).append('\n'));
      s.append("Compare the policies side by side before acting on this plan.\n");
    }
    for (Topic t : Topic.values()) {
      List<Action> actions = plan.actions(t);
      List<Silence> silences = plan.silences(t);
      if (actions.isEmpty() && silences.isEmpty()) {
        continue;
      }
      s.append('\n').append(t.title()).append('\n');
      actionLines(s, actions, "  ");
      for (Silence x : silences) {
        s.append("  - ").append(silenceTag(x)).append(' ').append(x.text()).append('\n');
        s.append("      recorded in: ").append(x.whereRecorded()).append('\n');
      }
    }
    if (plan.actions().isEmpty() && plan.silences().isEmpty()) {
      s.append("\nThis source gives nothing for this situation.\n");
    }
    if (!plan.notes().isEmpty()) {
      s.append("\nNotes\n");
      plan.notes().forEach(n -> s.append("  - ").append(n).append('\n'));
    }
    s.append('\n').append(LEGEND).append('\n');
    return s.toString();
  }

  private static void header(StringBuilder s, ManagementPolicy p) {
    s.append(p.title()).append(" [").append(p.id()).append("]\n");
    s.append("Source: ").append(p.citation().reference()).append(" [").append(p.citation().evidence()).append("]\n");
    p.date().ifPresent(d -> s.append("Date: ").append(d).append('\n'));
    s.append("Scope: ").append(p.scope().describe()).append('\n');
    if (p.requiresReview()) {
      s.append("REVIEW: this policy keeps advice as its source wrote it although it is implausible; it is never "
          + "a default.\n");
    }
  }

  /** Action lines with alternatives marked "either"/"or" within the list. */
  static void actionLines(StringBuilder s, List<Action> actions, String indent) {
    Map<String, Integer> groupSizes = new HashMap<>();
    for (Action a : actions) {
      a.basis().alternativeGroup().ifPresent(g -> groupSizes.merge(g, 1, Integer::sum));
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Action a : actions) {
      s.append(indent).append("- [").append(tag(a.basis().applicability())).append("] ");
      if (a.requiresReview()) {
        s.append("REVIEW ");
      }
      a.basis().later().ifPresent(l -> s.append("LATER (").append(l).append("): "));
      String group = a.basis().alternativeGroup().orElse(null);
      if (group != null && groupSizes.get(group) > 1) {
        s.append(seen.merge(group, 1, Integer::sum) == 1 ? "either: " : "or: ");
      }
      if (a.strength() == Strength.CONSIDER) {
        s.append("consider: ");
      } else if (a.strength() == Strength.SUGGESTED) {
        s.append("suggested: ");
      }
      s.append(a.describe()).append('\n');
      String more = indent + "    ";
      a.basis().condition().ifPresent(c -> s.append(more).append("when: ").append(c).append('\n'));
      a.basis().interpretation().ifPresent(i -> s.append(more).append("[P] read as: ").append(i.text())
          .append(" (").append(i.choice().shortForm()).append(")\n"));
      for (Precaution p : a.basis().precautions()) {
        s.append(more).append("precaution [").append(tag(p.source().evidence())).append("]: ").append(p.text())
            .append(" (").append(p.source().shortForm()).append(")\n");
      }
      if (a instanceof Medication) {
        ((Medication) a).rule().ifPresent(r -> s.append(more).append("as written: \"").append(r.asWritten())
            .append("\"\n"));
      }
      a.basis().reviewNote().ifPresent(n -> s.append(more).append("review: ").append(n).append('\n'));
      s.append(more).append("source [").append(tag(a.evidence())).append("]: ").append(a.source().shortForm())
          .append('\n');
    }
  }

  /** {@code [not stated]} or {@code [not verified]}. */
  static String silenceTag(Silence x) {
    return x.reason() == Silence.Reason.NOT_VERIFIED ? "[not verified]" : "[not stated]";
  }

  /** A comparison as text. */
  public static String comparisonText(PlanComparison c) {
    StringBuilder s = new StringBuilder();
    s.append("Comparison of ").append(c.plans().size()).append(" policies\n");
    s.append("Situation: ").append(c.situation().describe()).append('\n');
    for (Plan p : c.plans()) {
      s.append("  ").append(p.policy().id()).append(": ").append(p.policy().title()).append(" [")
          .append(tag(p.policy().citation().evidence())).append(']');
      if (p.policy().requiresReview()) {
        s.append(" REVIEW");
      }
      s.append(p.inScope() ? "" : " - OUT OF SCOPE: " + p.outOfScopeReason().orElse("")).append('\n');
      p.gaps().forEach(g -> s.append("    ").append(g.describe()).append('\n'));
    }
    Set<Topic> differing = c.differingTopics();
    if (!differing.isEmpty()) {
      List<String> names = new ArrayList<>();
      differing.forEach(t -> names.add(t.title().toLowerCase(Locale.ROOT)));
      s.append("The policies differ on: ").append(String.join("; ", names)).append('\n');
    }
    for (Topic t : c.topics()) {
      s.append('\n').append("== ").append(t.title()).append(differing.contains(t) ? " (differs)" : " (same)")
          .append(" ==\n");
      for (Plan p : c.plans()) {
        s.append("  ").append(p.policy().id()).append(":\n");
        List<Action> actions = p.actions(t);
        List<Silence> silences = p.silences(t);
        if (!p.inScope()) {
          s.append("    (out of scope)\n");
          continue;
        }
        if (actions.isEmpty() && silences.isEmpty()) {
          s.append("    (nothing)\n");
        }
        actionLines(s, actions, "    ");
        for (Silence x : silences) {
          s.append("    - ").append(silenceTag(x)).append(' ').append(x.text()).append('\n');
        }
      }
    }
    s.append('\n').append(LEGEND).append('\n');
    return s.toString();
  }

  // ------------------------------------------------------------------------------------------ JSON

  /** A plan as JSON. */
  public static String planJson(Plan plan) {
    JsonWriter w = JsonWriter.roundedTo(2);
    writePlan(w, plan);
    return w.toJson();
  }

  /** Writes a plan as a JSON object. */
  public static void writePlan(JsonWriter w, Plan plan) {
    w.beginObject();
    w.name("policy");
    writePolicy(w, plan.policy());
    w.name("situation");
    writeSituation(w, plan.situation());
    w.member("inScope", plan.inScope());
    w.member("outOfScopeReason", plan.outOfScopeReason());
    w.member("requiresReview", plan.requiresReview());
    w.member("complete", plan.isComplete());
    w.name("gaps").beginArray();
    plan.gaps().forEach(g -> writeGap(w, g));
    w.endArray();
    w.name("actions").beginArray();
    for (Action a : plan.actions()) {
      writeAction(w, a);
    }
    w.endArray();
    w.name("silences").beginArray();
    for (Silence x : plan.silences()) {
      writeSilence(w, x);
    }
    w.endArray();
    w.name("notes").beginArray();
    plan.notes().forEach(w::value);
    w.endArray();
    w.endObject();
  }

  /** Writes a policy's identity as a JSON object. */
  public static void writePolicy(JsonWriter w, ManagementPolicy p) {
    w.beginObject();
    w.member("id", p.id());
    w.member("title", p.title());
    w.member("date", p.date());
    w.member("scope", p.scope().describe());
    w.member("requiresReview", p.requiresReview());
    w.name("citation");
    writeCitation(w, p.citation());
    w.endObject();
  }

  /** Writes a citation as a JSON object. */
  public static void writeCitation(JsonWriter w, Citation c) {
    w.beginObject();
    w.member("key", c.key());
    w.member("reference", c.reference());
    w.member("locator", c.locator());
    w.member("evidence", c.evidence().code());
    w.endObject();
  }

  /** Writes a situation as a JSON object. */
  public static void writeSituation(JsonWriter w, Situation s) {
    w.beginObject();
    w.member("icansGrade", s.icansGrade());
    w.member("crsGrade", s.crsGrade());
    w.member("ageYears", s.ageYears());
    w.member("ageGroup", s.ageGroup().code());
    w.member("weightKg", s.weightKg());
    w.member("developmentalDelay", s.patient().developmentalDelay());
    if (s.product().isPresent()) {
      Product p = s.product().get();
      w.name("product").beginObject();
      w.member("name", p.name());
      w.member("modality", p.modality().code());
      w.member("target", p.target().code());
      w.endObject();
    }
    w.member("hoursWithoutImprovement", s.hoursWithoutImprovement());
    w.member("daysOfCorticosteroid", s.daysOfCorticosteroid());
    w.member("seizure", s.seizure().code());
    w.member("eeg", s.eeg().code());
    w.member("edema", s.edema().code());
    w.endObject();
  }

  /** Writes a gap as a JSON object. */
  public static void writeGap(JsonWriter w, Gap g) {
    w.beginObject();
    w.member("topic", g.topic().code());
    w.member("text", g.text());
    w.name("statedBy").beginArray();
    g.statedBy().forEach(w::value);
    w.endArray();
    w.endObject();
  }

  /** Writes a silence as a JSON object. */
  public static void writeSilence(JsonWriter w, Silence x) {
    w.beginObject();
    w.member("topic", x.topic().code());
    w.member("reason", x.reason().code());
    w.member("text", x.text());
    w.member("whereRecorded", x.whereRecorded());
    w.endObject();
  }

  /** Writes an action as a JSON object with its kind-specific members. */
  public static void writeAction(JsonWriter w, Action a) {
    w.beginObject();
    w.member("kind", a.kind().code());
    w.member("topic", a.topic().code());
    w.member("description", a.describe());
    w.member("strength", a.strength().code());
    w.member("now", a.isNow());
    w.member("later", a.basis().later());
    w.member("condition", a.basis().condition());
    w.member("alternativeGroup", a.basis().alternativeGroup());
    w.member("evidence", a.evidence().code());
    w.member("applicability", a.basis().applicability().code());
    a.basis().interpretation().ifPresent(i -> {
      w.name("interpretation").beginObject();
      w.member("text", i.text());
      w.name("choice");
      writeCitation(w, i.choice());
      w.endObject();
    });
    if (!a.basis().precautions().isEmpty()) {
      w.name("precautions").beginArray();
      for (Precaution p : a.basis().precautions()) {
        w.beginObject();
        w.member("text", p.text());
        w.name("source");
        writeCitation(w, p.source());
        w.endObject();
      }
      w.endArray();
    }
    w.member("requiresReview", a.requiresReview());
    w.member("reviewNote", a.basis().reviewNote());
    w.name("source");
    writeCitation(w, a.source());
    if (a instanceof Medication) {
      Medication m = (Medication) a;
      w.member("drug", m.drug().code());
      w.member("drugClass", m.drug().drugClass().code());
      w.member("purpose", m.purpose().code());
      if (m.rule().isPresent()) {
        w.name("rule");
        writeRule(w, m.rule().get());
      }
      if (m.dose().isPresent()) {
        w.name("dose");
        writeDose(w, m.dose().get());
      }
      w.member("noDoseReason", m.noDoseReason());
    } else if (a instanceof Monitoring) {
      Monitoring m = (Monitoring) a;
      w.member("what", m.what());
      w.member("frequency", m.frequency());
      w.member("atLeastTimesPer24h", m.atLeastTimesPer24h());
      w.member("duration", m.duration());
    } else if (a instanceof Workup) {
      Workup x = (Workup) a;
      w.member("test", x.test().code());
      w.member("detail", x.detail());
    } else if (a instanceof LevelOfCare) {
      LevelOfCare x = (LevelOfCare) a;
      w.member("setting", x.setting().code());
      w.member("detail", x.detail());
    } else if (a instanceof SupportiveCare) {
      w.member("measure", ((SupportiveCare) a).measure());
    } else if (a instanceof Caution) {
      Caution x = (Caution) a;
      w.member("about", x.about().code());
      w.member("text", x.text());
    }
    w.endObject();
  }

  /** Writes a dose rule as a JSON object; amounts in mg (or mg/kg), intervals in minutes. */
  public static void writeRule(JsonWriter w, DoseRule r) {
    w.beginObject();
    w.member("drug", r.drug().code());
    w.member("amountLow", r.amountLow());
    w.member("amountHigh", r.amountHigh());
    w.member("unit", r.perKg() ? "mg/kg" : "mg");
    w.member("basis", r.basis().code());
    w.member("capMg", r.capMg());
    w.member("maxMgPerKgPerDay", r.maxMgPerKgPerDay());
    w.member("weightFromKg", r.weightFromKg());
    w.member("weightBelowKg", r.weightBelowKg());
    w.member("route", r.route().code());
    r.interval().ifPresent(i -> {
      w.name("intervalMinutes").beginObject();
      w.member("shortest", i.shortest().toMinutes());
      w.member("longest", i.longest().toMinutes());
      w.endObject();
    });
    w.member("maxDosesPer24h", r.maxDosesPer24h());
    w.member("maxTotalDoses", r.maxTotalDoses());
    w.member("maxTotalMg", r.maxTotalMg());
    w.member("durationDays", r.durationDays());
    if (r.durationDays().isPresent()) {
      w.member("durationUpTo", r.durationUpTo());
    }
    w.member("until", r.until());
    w.member("taper", r.taper());
    w.member("administration", r.administration());
    w.member("asWritten", r.asWritten());
    w.endObject();
  }

  /** Writes a dose as a JSON object; amounts in mg. */
  public static void writeDose(JsonWriter w, Dose d) {
    w.beginObject();
    w.member("lowMg", d.lowMg());
    w.member("highMg", d.highMg());
    w.member("basis", d.rule().basis().code());
    w.member("weightKg", d.weightKg());
    w.member("capMg", d.capMg());
    w.member("capApplied", d.capApplied());
    w.name("ceilings").beginArray();
    for (Ceiling c : d.ceilings()) {
      w.beginObject();
      w.member("mg", c.mg());
      w.member("basis", c.basis().code());
      w.member("origin", c.origin().code());
      if (c.source().isPresent()) {
        w.name("source");
        writeCitation(w, c.source().get());
      }
      w.member("text", c.describe());
      w.endObject();
    }
    w.endArray();
    w.member("ceilingText", d.ceilingText());
    w.member("maxMgPer24h", d.maxMgPer24h());
    w.member("computed", d.computed());
    w.member("text", d.describe());
    w.endObject();
  }

  /** A comparison as JSON. */
  public static String comparisonJson(PlanComparison c) {
    JsonWriter w = JsonWriter.roundedTo(2);
    w.beginObject();
    w.name("situation");
    writeSituation(w, c.situation());
    w.name("policies").beginArray();
    for (Plan p : c.plans()) {
      w.beginObject();
      w.name("policy");
      writePolicy(w, p.policy());
      w.member("inScope", p.inScope());
      w.member("outOfScopeReason", p.outOfScopeReason());
      w.name("notes").beginArray();
      p.notes().forEach(w::value);
      w.endArray();
      w.endObject();
    }
    w.endArray();
    Set<Topic> differing = c.differingTopics();
    w.name("differingTopics").beginArray();
    differing.forEach(t -> w.value(t.code()));
    w.endArray();
    w.name("topics").beginArray();
    for (Topic t : c.topics()) {
      w.beginObject();
      w.member("topic", t.code());
      w.member("title", t.title());
      w.member("differs", differing.contains(t));
      w.name("byPolicy").beginArray();
      for (Plan p : c.plans()) {
        w.beginObject();
        w.member("policy", p.policy().id());
        w.name("actions").beginArray();
        p.actions(t).forEach(a -> writeAction(w, a));
        w.endArray();
        w.name("silences").beginArray();
        p.silences(t).forEach(x -> writeSilence(w, x));
        w.endArray();
        w.endObject();
      }
      w.endArray();
      w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.toJson();
  }
}
