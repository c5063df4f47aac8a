package org.icans.grading.icans;

import org.icans.grading.GradingSources;
import org.icans.model.evidence.Citation;

/**
 * The rules of the ASTCT 2019 ICANS grade, one per cell of the consensus table (plus the project's
 * choices where the table leaves room), each with the grade it gives and its source. A graded
 * domain always names the rule that decided it.
 */
public enum IcansRule {
  /** ICE 10: no impairment. */
  ICE_10("ICE 10: no impairment", 0, GradingSources.LEE19_ICE),
  /** ICE 7-9: grade 1. */
  ICE_7_TO_9("ICE 7-9", 1, GradingSources.LEE19_ICE),
  /** ICE 3-6: grade 2. */
  ICE_3_TO_6("ICE 3-6", 2, GradingSources.LEE19_ICE),
  /** ICE 0-2: grade 3 (ICE 0 in a patient who is awake, with global aphasia, or wakes to touch). */
  ICE_0_TO_2("ICE 0-2", 3, GradingSources.LEE19_ICE),
  /** ICE 0 because the patient is unarousable and cannot perform ICE: grade 4. */
  ICE_0_UNAROUSABLE("ICE 0, unarousable and unable to perform ICE", 4, GradingSources.LEE19_ICE_ZERO),
  /** CAPD 0: no encephalopathy finding (project choice 3). */
  CAPD_0("CAPD 0: no delirium finding", 0, GradingSources.CHOICE_CAPD_ZERO),
  /** CAPD 1-8 (below 9): grade 1; grade 2 needs the child to wake only to voice. */
  CAPD_1_TO_8("CAPD 1-8 (below 9)", 1, GradingSources.LEE19_PEDIATRIC),
  /** CAPD 9 or more: grade 3. */
  CAPD_9_OR_MORE("CAPD 9 or more", 3, GradingSources.LEE19_PEDIATRIC),
  /** Unable to perform CAPD: grade 4. */
  CAPD_UNABLE("unable to perform CAPD", 4, GradingSources.LEE19_PEDIATRIC),
  /** Alert: a normal level of consciousness. */
  CONSCIOUSNESS_ALERT("alert", 0, GradingSources.LEE19_ICANS_TABLE),
  /** Depressed level of consciousness, awakens spontaneously: grade 1. */
  CONSCIOUSNESS_AWAKENS_SPONTANEOUSLY("awakens spontaneously", 1, GradingSources.LEE19_ICANS_TABLE),
  /** Awakens to voice: grade 2. */
  CONSCIOUSNESS_AWAKENS_TO_VOICE("awakens to voice", 2, GradingSources.LEE19_ICANS_TABLE),
  /** Awakens only to tactile stimulus: grade 3. */
  CONSCIOUSNESS_AWAKENS_TO_TOUCH("awakens only to tactile stimulus", 3, GradingSources.LEE19_ICANS_TABLE),
  /** Unarousable or needs vigorous or repetitive tactile stimuli; stupor or coma: grade 4. */
  CONSCIOUSNESS_UNAROUSABLE("unarousable, or needs vigorous or repetitive stimuli; stupor or coma", 4,
      GradingSources.LEE19_ICANS_TABLE),
  /** No seizure. */
  SEIZURE_NONE("no seizure", 0, GradingSources.LEE19_ICANS_TABLE),
  /** A rapidly resolving clinical seizure, or EEG seizures resolving with intervention: grade 3. */
  SEIZURE_RAPIDLY_RESOLVING("clinical seizure resolving rapidly, or nonconvulsive EEG seizures resolving "
      + "with intervention", 3, GradingSources.LEE19_ICANS_TABLE),
  /** A seizure over 5 minutes, or repetitive seizures without return to baseline: grade 4. */
  SEIZURE_PROLONGED_OR_REPETITIVE("prolonged seizure (> 5 min), or repetitive seizures without return to "
      + "baseline", 4, GradingSources.LEE19_ICANS_TABLE),
  /** No deep focal motor weakness (tremor and myoclonus do not count). */
  MOTOR_NO_DEEP_FOCAL_WEAKNESS("no deep focal motor weakness (tremor and myoclonus do not count)", 0,
      GradingSources.LEE19_TREMOR),
  /** Deep focal motor weakness such as hemiparesis or paraparesis: grade 4. */
  MOTOR_DEEP_FOCAL_WEAKNESS("deep focal motor weakness (hemiparesis or paraparesis)", 4,
      GradingSources.LEE19_ICANS_TABLE),
  /** No sign of raised intracranial pressure or cerebral edema. */
  ICP_NONE("no raised ICP or cerebral edema", 0, GradingSources.LEE19_ICANS_TABLE),
  /** Focal or local edema on neuroimaging: grade 3. */
  ICP_FOCAL_EDEMA("focal/local edema on neuroimaging", 3, GradingSources.LEE19_ICANS_TABLE),
  /** Diffuse edema, posturing, cranial nerve VI palsy, papilledema or Cushing's triad: grade 4. */
  ICP_GRADE_4_SIGN("diffuse cerebral edema, decerebrate or decorticate posturing, CN VI palsy, papilledema "
      + "or Cushing's triad", 4, GradingSources.LEE19_ICANS_TABLE),
  /** Death from ICANS with no other principal cause: grade 5. */
  DEATH("death from ICANS, no other principal cause", 5, GradingSources.LEE19_GRADE_5);

  private final String criterion;
  private final int grade;
  private final Citation source;

  IcansRule(String criterion, int grade, Citation source) {
    this.criterion = criterion;
    this.grade = grade;
    this.source = source;
  }

  /** The criterion in the consensus' words, for example {@code "ICE 0-2"}. */
  public String criterion() {
    return criterion;
  }

  /** The grade the criterion gives, 0-5. */
  public int grade() {
    return grade;
  }

  /** Where the rule comes from. */
  public Citation source() {
    return source;
  }
}
