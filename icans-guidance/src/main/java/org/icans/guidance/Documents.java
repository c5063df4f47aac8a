package org.icans.guidance;

import static org.icans.guidance.GuidanceSources.CHOICE_TOOL;
import static org.icans.guidance.GuidanceSources.ESSAY_EXCLUSION;
import static org.icans.guidance.GuidanceSources.REVIEW_ONSET;
import static org.icans.guidance.GuidanceSources.REVIEW_TOCILIZUMAB;
import static org.icans.guidance.GuidanceSources.REVIEW_WORKUP;
import static org.icans.guidance.GuidanceSources.SHEET_AT_HOME;
import static org.icans.guidance.GuidanceSources.SHEET_CARE_TEAM;
import static org.icans.guidance.GuidanceSources.SHEET_NOTICE;
import static org.icans.guidance.GuidanceSources.SHEET_PREVENT;
import static org.icans.guidance.GuidanceSources.SHEET_QUESTIONS;
import static org.icans.guidance.GuidanceSources.SHEET_RISK;
import static org.icans.guidance.GuidanceSources.SHEET_WHAT_IS;
import static org.icans.guidance.GuidanceSources.SHEET_WHAT_TO_KNOW;
import static org.icans.guidance.GuidanceSources.SHEET_WHEN_TO_CALL;
import static org.icans.guidance.GuidanceSources.SUMMARY_PITFALLS;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.icans.guidance.GuidanceDocument.Audience;
import org.icans.guidance.GuidanceDocument.Section;
import org.icans.guidance.GuidanceDocument.Style;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.Product;
import org.icans.model.patient.TherapyModality;

/** Assembles the wallet card, the home sheet, the triage answer and the differential checklist. */
final class Documents {
  private Documents() {}

  private static final GuidanceLine NOT_A_SUBSTITUTE = GuidanceLine.of("This follows a patient "
      + "education sheet about ICANS and does not replace the advice of your care team.", SHEET_NOTICE);

  // ---------------------------------------------------------------- triage

  /** What to do now at this urgency, with the care team's contact when known. */
  public static List<GuidanceLine> triageInstructions(Urgency urgency, Optional<PatientContext> context) {
    String at = context.map(c -> " at " + c.treatingCentre() + ", " + c.contact() + ",").orElse("");
    switch (urgency) {
      case EMERGENCY:
        return List.of(
            GuidanceLine.of("Call 911 (or your local emergency number) and go to the emergency department "
                + "right away.", SHEET_PREVENT),
            GuidanceLine.of("Show your wallet card to the emergency team, so that they know which treatment "
                + "you received.", SHEET_AT_HOME));
      case CALL_CARE_TEAM_NOW:
        return List.of(GuidanceLine.of("Call your care team right away" + at + " or go to the emergency "
            + "department.", SHEET_WHEN_TO_CALL, SHEET_AT_HOME));
      case TELL_CARE_TEAM:
        return List.of(
            GuidanceLine.of("Let your care team know" + (at.isEmpty() ? "." : at.substring(0, at.length() - 1)
                + "."), SHEET_PREVENT),
            GuidanceLine.of("If you get a fever of " + BodyTemperature.FEVER_THRESHOLD + " or higher, or any "
                + "warning sign below, call "
                + "your care team right away.", SHEET_WHEN_TO_CALL));
      case KEEP_WATCHING:
        return List.of(
            GuidanceLine.of("No warning sign now. Keep watching for the signs below.", SHEET_WHEN_TO_CALL),
            GuidanceLine.of("ICANS often begins with headache, confusion, weakness, shaking or twitching, or "
                + "difficulty staying awake, and can get worse quickly.", SHEET_WHAT_TO_KNOW));
      default:
        throw new AssertionError(urgency);
    }
  }

  /** The answer to a symptom report. */
  public static GuidanceDocument triage(Triage triage, Optional<PatientContext> context) {
    List<Section> sections = new ArrayList<>();
    sections.add(new Section("What to do now", Style.HEADLINE,
        triageInstructions(triage.urgency(), context)));
    if (!triage.reasons().isEmpty()) {
      sections.add(new Section("What you reported", Style.BULLETS, triage.reasons()));
    }
    if (!triage.urgency().isMoreUrgentThan(Urgency.TELL_CARE_TEAM)) {
      sections.add(new Section("Warning signs", Style.BULLETS, List.of(emergencyList(), callNowList())));
    }
    sections.add(new Section("Please note", Style.PARAGRAPHS, List.of(NOT_A_SUBSTITUTE)));
    return new GuidanceDocument("ICANS symptom check: " + triage.urgency().label(), Audience.PATIENT, sections);
  }

  // ---------------------------------------------------------------- card and sheet

  /** The wallet card. */
  public static GuidanceDocument walletCard(PatientContext c) {
    List<Section> sections = new ArrayList<>();
    List<GuidanceLine> who = new ArrayList<>();
    c.patientName().ifPresent(n -> who.add(GuidanceLine.of("Name: " + n + ".", SHEET_AT_HOME)));
    who.add(GuidanceLine.of("Received " + therapy(c.product()) + ", on " + Texts.date(c.infusionDate()) + ".",
        SHEET_AT_HOME));
    who.add(GuidanceLine.of("Treating centre: " + c.treatingCentre() + ". Contact: " + c.contact() + ".",
        SHEET_AT_HOME));
    sections.add(new Section("Treatment", Style.BULLETS, who));
    sections.add(new Section("Call 911 now for", Style.BULLETS, emergencyLines()));
    sections.add(new Section("Call the care team right away for", Style.PARAGRAPHS,
        List.of(new GuidanceLine(String.join("; ", callNowTexts()) + ".", callNowSources()))));
    sections.add(new Section("Driving and staying close", Style.BULLETS, LabelAdvice.lines(c)));
    sections.add(new Section("For doctors and nurses", Style.BULLETS, List.of(
        GuidanceLine.of("This patient can develop ICANS after " + modality(c.product()) + ". Please contact "
            + "the treating centre: " + c.treatingCentre() + ", " + c.contact() + ".", SHEET_AT_HOME,
            SHEET_WHAT_IS),
        GuidanceLine.of("Assess any neurological change with a formal ICE score (the CAPD under 12 years or "
            + "with developmental delay) rather than dismissing it.", SUMMARY_PITFALLS, CHOICE_TOOL),
        GuidanceLine.of("Tocilizumab does not treat isolated ICANS and may worsen it.", SUMMARY_PITFALLS,
            REVIEW_TOCILIZUMAB))));
    return new GuidanceDocument("ICANS wallet card", Audience.PATIENT, sections);
  }

  /** The one-page home sheet. */
  public static GuidanceDocument homeSheet(PatientContext c) {
    List<Section> sections = new ArrayList<>();
    List<GuidanceLine> about = new ArrayList<>();
    about.add(GuidanceLine.of(c.patientName().map(n -> "For " + n + ", who received ").orElse("You received ")
        + therapy(c.product()) + ", on " + Texts.date(c.infusionDate()) + ".", SHEET_AT_HOME));
    about.add(GuidanceLine.of("Your care team: " + c.treatingCentre() + ", " + c.contact() + ".",
        SHEET_QUESTIONS));
    sections.add(new Section("About your treatment", Style.BULLETS, about));
    sections.add(new Section("What ICANS is", Style.BULLETS, List.of(
        GuidanceLine.of("ICANS is an illness of the brain or nerves that may happen after certain immune "
            + "therapies, such as the one you received.", SHEET_WHAT_IS),
        GuidanceLine.of("These therapies make T cells release proteins called cytokines, which help kill "
            + "cancer cells. Cytokines cause inflammation; when it affects the brain or nerves, it can cause "
            + "ICANS.", SHEET_WHAT_IS),
        GuidanceLine.of("For most patients, ICANS starts within one week after treatment, depending on the "
            + "type of therapy.", SHEET_WHAT_TO_KNOW),
        GuidanceLine.of("It can start later: serious cases may begin 10 or more days after the treatment.",
            REVIEW_ONSET),
        GuidanceLine.of("It often begins with headache, confusion, weakness, shaking or twitching, or "
            + "difficulty staying awake, and can get worse quickly.", SHEET_WHAT_TO_KNOW),
        GuidanceLine.of("Your care team is prepared to treat ICANS. It is treated in the hospital, with "
            + "steroids or other medicines that block the effects of cytokines.", SHEET_RISK, SHEET_AT_HOME,
            SHEET_CARE_TEAM))));
    sections.add(new Section("Call 911 now", Style.INTRO_AND_BULLETS, concat(
        GuidanceLine.of("Call 911 (or your local emergency number) and go to the emergency department right "
            + "away for:", SHEET_PREVENT),
        emergencyDescriptions())));
    sections.add(new Section("Call your care team right away", Style.INTRO_AND_BULLETS, concat(
        GuidanceLine.of("Call " + c.treatingCentre() + " at " + c.contact() + " right away, or go to the "
            + "emergency department, if you notice any of these:", SHEET_WHEN_TO_CALL, SHEET_AT_HOME),
        callNowDescriptions())));
    sections.add(new Section("Let your care team know", Style.BULLETS, tellDescriptions()));
    sections.add(new Section("Driving and staying close", Style.BULLETS, LabelAdvice.lines(c)));
    sections.add(new Section("Signs that ICANS is getting better", Style.BULLETS,
        SymptomTriage.signsOfImprovement()));
    sections.add(new Section("Questions to ask your care team", Style.BULLETS, List.of(
        GuidanceLine.of("How closely should I be monitored after my treatment?", SHEET_QUESTIONS),
        GuidanceLine.of("Is it helpful for me to track my symptoms? What do you recommend?", SHEET_QUESTIONS),
        GuidanceLine.of("Are there any medications or activities I should avoid?", SHEET_QUESTIONS),
        GuidanceLine.of("Is ICANS permanent?", SHEET_QUESTIONS))));
    sections.add(new Section("Your wallet card", Style.BULLETS, List.of(
        GuidanceLine.of("Keep your wallet card with you. Show it to any doctor or nurse: it tells them which "
            + "treatment you received and when to contact your care team.", SHEET_AT_HOME),
        NOT_A_SUBSTITUTE)));
    return new GuidanceDocument("ICANS: what to watch for at home", Audience.PATIENT, sections);
  }

  // ---------------------------------------------------------------- differential

  /** The clinician's checklist. */
  public static GuidanceDocument differential(DifferentialChecklist checklist) {
    List<String> findings = new ArrayList<>();
    for (NeurologicalFinding f : checklist.findings()) {
      findings.add(f.label());
    }
    List<GuidanceLine> items = new ArrayList<>();
    for (DifferentialItem item : checklist.items()) {
      items.add(item.line());
    }
    List<GuidanceLine> pitfalls = new ArrayList<>();
    for (Pitfall p : checklist.pitfalls()) {
      pitfalls.add(p.line());
    }
    List<Section> sections = List.of(
        new Section("Presentation", Style.PARAGRAPHS, List.of(GuidanceLine.of("Findings: "
            + Texts.prose(findings) + ". ICANS is a diagnosis of exclusion: rule out the causes below "
            + "before attributing these findings to it.", ESSAY_EXCLUSION, REVIEW_WORKUP))),
        new Section("Rule out", Style.CHECKLIST, items),
        new Section("What the work-up usually shows in ICANS", Style.BULLETS, checklist.workup()),
        new Section("Pitfalls", Style.BULLETS, pitfalls));
    return new GuidanceDocument("Before calling it ICANS: " + Texts.prose(findings), Audience.CLINICIAN,
        sections);
  }

  // ---------------------------------------------------------------- helpers

  /** "axicabtagene ciloleucel, a CAR T-cell therapy targeting CD19". */
  static String therapy(Product p) {
    return p.name() + ", " + (p.modality() == TherapyModality.CAR_T_CELL
        ? "a CAR T-cell therapy" : "a bispecific antibody") + " targeting " + p.target().code();
  }

  static String modality(Product p) {
    return p.modality() == TherapyModality.CAR_T_CELL ? "CAR T-cell therapy" : "bispecific antibody therapy";
  }

  /**
   * The call-now signs as patients read them: grouped as the sheet groups them ("Weakness and/or
   * problems with walking or balance"; "changes in behavior or emotions, see things that aren't
   * there, or have extreme excitement"), with severe headache under headache, which already calls
   * for the same. {@link #CALL_NOW_GROUPS} must hold every call-now symptom exactly once (tested).
   */
  public static final List<List<Symptom>> CALL_NOW_GROUPS = List.of(
      List.of(Symptom.FEVER),
      List.of(Symptom.CONFUSION),
      List.of(Symptom.HEADACHE, Symptom.SEVERE_HEADACHE),
      List.of(Symptom.TREMOR),
      List.of(Symptom.SEVERE_NAUSEA_OR_VOMITING),
      List.of(Symptom.DIFFICULTY_TALKING),
      List.of(Symptom.WEAKNESS, Symptom.WALKING_OR_BALANCE_PROBLEMS),
      List.of(Symptom.LOSS_OF_MUSCLE_CONTROL),
      List.of(Symptom.RESTLESSNESS),
      List.of(Symptom.BEHAVIOUR_CHANGE, Symptom.SEEING_THINGS, Symptom.EXTREME_EXCITEMENT));

  /** The words of a group: the first symptom's description, then the others' labels, joined by "or". */
  private static String groupText(List<Symptom> group, boolean describe) {
    if (group.contains(Symptom.SEVERE_HEADACHE)) {
      return group.get(0).label();
    }
    List<String> parts = new ArrayList<>();
    for (Symptom s : group) {
      String words = describe && parts.isEmpty() ? s.description() : s.label();
      parts.add(parts.isEmpty() ? words : Texts.lowerFirst(words));
    }
    return Texts.proseOr(parts);
  }

  private static List<Citation> groupSources(List<Symptom> group) {
    Set<Citation> sources = new LinkedHashSet<>();
    for (Symptom s : group) {
      sources.addAll(s.sources());
    }
    return List.copyOf(sources);
  }

  /** The call-now signs for a one-line list, the first capitalised. */
  private static List<String> callNowTexts() {
    List<String> texts = new ArrayList<>();
    for (List<Symptom> g : CALL_NOW_GROUPS) {
      String t = groupText(g, false);
      texts.add(texts.isEmpty() ? t : Texts.lowerFirst(t));
    }
    return texts;
  }

  private static List<Citation> callNowSources() {
    Set<Citation> sources = new LinkedHashSet<>();
    for (List<Symptom> g : CALL_NOW_GROUPS) {
      sources.addAll(groupSources(g));
    }
    return List.copyOf(sources);
  }

  private static List<GuidanceLine> callNowDescriptions() {
    List<GuidanceLine> lines = new ArrayList<>();
    for (List<Symptom> g : CALL_NOW_GROUPS) {
      lines.add(new GuidanceLine(groupText(g, true) + ".", groupSources(g)));
    }
    return lines;
  }

  private static List<GuidanceLine> emergencyDescriptions() {
    List<GuidanceLine> lines = new ArrayList<>();
    for (Symptom s : Symptom.values()) {
      if (s.urgency() == Urgency.EMERGENCY) {
        lines.add(new GuidanceLine(s.description() + ".", s.sources()));
      }
    }
    return lines;
  }

  private static List<GuidanceLine> emergencyLines() {
    List<GuidanceLine> lines = new ArrayList<>();
    for (Symptom s : Symptom.values()) {
      if (s.urgency() == Urgency.EMERGENCY) {
        lines.add(new GuidanceLine(s.label() + ".", s.sources()));
      }
    }
    return lines;
  }

  private static List<GuidanceLine> tellDescriptions() {
    List<GuidanceLine> lines = new ArrayList<>();
    for (Symptom s : Symptom.values()) {
      if (s.urgency() == Urgency.TELL_CARE_TEAM) {
        lines.add(new GuidanceLine(s.description() + ".", s.sources()));
      }
    }
    return lines;
  }

  private static GuidanceLine emergencyList() {
    List<String> labels = new ArrayList<>();
    List<Citation> sources = new ArrayList<>();
    for (Symptom s : Symptom.values()) {
      if (s.urgency() == Urgency.EMERGENCY) {
        labels.add(Texts.lowerFirst(s.label()));
        sources.addAll(s.sources());
      }
    }
    return new GuidanceLine("Call 911 right away for any of these: " + String.join("; ", labels) + ".",
        List.copyOf(new LinkedHashSet<>(sources)));
  }

  private static GuidanceLine callNowList() {
    List<String> texts = new ArrayList<>();
    for (String t : callNowTexts()) {
      texts.add(Texts.lowerFirst(t));
    }
    return new GuidanceLine("Call your care team right away for any of these: " + String.join("; ", texts)
        + ".", callNowSources());
  }

  private static List<GuidanceLine> concat(GuidanceLine first, List<GuidanceLine> rest) {
    List<GuidanceLine> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all;
  }
}
