package org.icans.fhir;

import org.icans.model.Coded;

/**
 * The concepts of the project's FHIR CodeSystem ({@link IcansCodeSystem#URL}): what the ASTCT 2019
 * consensus (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638) grades, and the grades,
 * for which no LOINC or SNOMED CT code was found (the project's reference notes, section 6 "Codes":
 * none for the ICE score, its tasks, the CAPD total or items, an ICANS grade or a CRS grade).
 * Where a standard code exists it is used instead ({@link StandardCodes}).
 *
 * <p>Each concept is used in one or more roles, named in its definition: the code of an input
 * Observation (what was observed), a value of such an Observation (what was found), a component
 * of an output grade Observation, or a method. The codes are stable: a published code never
 * changes meaning, and a retired one is not reused.
 */
public enum IcansConcept implements Coded {
  // Encephalopathy tools.
  /** Observation code: the ICE score, 0-10 (LEE19 ICE table). */
  ICE_SCORE("ice-score", "ICE score",
      "Immune Effector Cell-Associated Encephalopathy score, 0-10 (10 is no impairment), the sum of its "
          + "five tasks (Lee DW et al. 2019, ICE table). Observation code, valueInteger; optional components "
          + "for the five tasks."),
  /** Component: ICE orientation, 0-4. */
  ICE_ORIENTATION("ice-orientation", "ICE orientation",
      "ICE task: orientation to year, month, city and hospital, 1 point each (0-4). Component of ice-score."),
  /** Component: ICE naming, 0-3. */
  ICE_NAMING("ice-naming", "ICE naming", "ICE task: naming three objects, 1 point each (0-3). Component of ice-score."),
  /** Component: ICE following commands, 0-1. */
  ICE_COMMANDS("ice-commands", "ICE following commands",
      "ICE task: following simple commands (0-1). Component of ice-score."),
  /** Component: ICE writing, 0-1. */
  ICE_WRITING("ice-writing", "ICE writing", "ICE task: writing a standard sentence (0-1). Component of ice-score."),
  /** Component: ICE attention, 0-1. */
  ICE_ATTENTION("ice-attention", "ICE attention",
      "ICE task: attention, counting backwards from 100 by 10 (0-1). Component of ice-score."),
  /** Observation code: the CAPD total, 0-32, or unable to perform. */
  CAPD_SCORE("capd-score", "CAPD score",
      "Cornell Assessment of Pediatric Delirium total, 0-32 (9 or more is a positive screen; Traube C et al., "
          + "Crit Care Med 2014;42:656-663). Observation code: valueInteger, or valueCodeableConcept capd-unable; "
          + "optional components for the eight items, each valued with an answer code."),
  /** Value of capd-score: the CAPD could not be performed. */
  CAPD_UNABLE("capd-unable", "Unable to perform CAPD",
      "The CAPD could not be performed because the child could not be assessed (unarousable): an ICANS grade 4 "
          + "finding (Lee DW et al. 2019, pediatric grades). Value of capd-score."),
  /** Component: CAPD item 1, eye contact (reverse-scored). */
  CAPD_EYE_CONTACT("capd-eye-contact", "CAPD 1: eye contact", "CAPD item 1: does the child make eye contact with the caregiver? Reverse-scored. Component of capd-score."),
  /** Component: CAPD item 2, purposeful actions (reverse-scored). */
  CAPD_PURPOSEFUL_ACTIONS("capd-purposeful-actions", "CAPD 2: purposeful actions", "CAPD item 2: are the child's actions purposeful? Reverse-scored. Component of capd-score."),
  /** Component: CAPD item 3, aware of surroundings (reverse-scored). */
  CAPD_AWARE_OF_SURROUNDINGS("capd-aware-of-surroundings", "CAPD 3: aware of surroundings", "CAPD item 3: is the child aware of his/her surroundings? Reverse-scored. Component of capd-score."),
  /** Component: CAPD item 4, communicates needs (reverse-scored). */
  CAPD_COMMUNICATES_NEEDS("capd-communicates-needs", "CAPD 4: communicates needs", "CAPD item 4: does the child communicate needs and wants? Reverse-scored. Component of capd-score."),
  /** Component: CAPD item 5, restless. */
  CAPD_RESTLESS("capd-restless", "CAPD 5: restless", "CAPD item 5: is the child restless? Component of capd-score."),
  /** Component: CAPD item 6, inconsolable. */
  CAPD_INCONSOLABLE("capd-inconsolable", "CAPD 6: inconsolable", "CAPD item 6: is the child inconsolable? Component of capd-score."),
  /** Component: CAPD item 7, underactive. */
  CAPD_UNDERACTIVE("capd-underactive", "CAPD 7: underactive", "CAPD item 7: is the child underactive, very little movement while awake? Component of capd-score."),
  /** Component: CAPD item 8, slow to respond. */
  CAPD_SLOW_TO_RESPOND("capd-slow-to-respond", "CAPD 8: slow to respond", "CAPD item 8: does it take the child a long time to respond to interactions? Component of capd-score."),
  /** CAPD answer: never (0). */
  CAPD_NEVER("capd-never", "Never", "CAPD answer, scale position 0. Value of a CAPD item component."),
  /** CAPD answer: rarely (1). */
  CAPD_RARELY("capd-rarely", "Rarely", "CAPD answer, scale position 1. Value of a CAPD item component."),
  /** CAPD answer: sometimes (2). */
  CAPD_SOMETIMES("capd-sometimes", "Sometimes", "CAPD answer, scale position 2. Value of a CAPD item component."),
  /** CAPD answer: often (3). */
  CAPD_OFTEN("capd-often", "Often", "CAPD answer, scale position 3. Value of a CAPD item component."),
  /** CAPD answer: always (4). */
  CAPD_ALWAYS("capd-always", "Always", "CAPD answer, scale position 4. Value of a CAPD item component."),

  // ICANS domains: Observation codes of the findings, components of the ICANS grade, attributions.
  /** Domain: encephalopathy (ICE or CAPD). */
  ENCEPHALOPATHY("encephalopathy", "Encephalopathy domain",
      "The encephalopathy domain of the ASTCT ICANS grade, measured by the ICE score (age 12 or more) or the "
          + "CAPD. As a component of an icans-grade Observation its value is the domain's grade 0-4; as the value "
          + "of attributed-to-other-cause, the domain is left out of the grade."),
  /** Domain and Observation code: level of consciousness. */
  CONSCIOUSNESS("consciousness", "Level of consciousness",
      "The depressed level of consciousness domain of the ASTCT ICANS grade. Observation code, valued with alert, "
          + "awakens-spontaneously, awakens-to-voice, awakens-to-touch or unarousable; as a component of "
          + "icans-grade, the domain's grade; as the value of attributed-to-other-cause, the domain left out."),
  /** Domain and Observation code: seizure. */
  SEIZURE("seizure", "Seizure",
      "The seizure domain of the ASTCT ICANS grade (clinical or electrographic seizures). Observation code, valued "
          + "with none, seizure-rapidly-resolving or seizure-prolonged-or-repetitive; as a component of "
          + "icans-grade, the domain's grade; as the value of attributed-to-other-cause, the domain left out."),
  /** Domain and Observation code: motor findings. */
  MOTOR("motor", "Motor findings",
      "The motor findings domain of the ASTCT ICANS grade (deep focal motor weakness). Observation code, valued "
          + "with none, tremor, myoclonus, hemiparesis or paraparesis (one Observation per finding); as a "
          + "component of icans-grade, the domain's grade; as the value of attributed-to-other-cause, left out."),
  /** Domain and Observation code: raised intracranial pressure / cerebral edema. */
  ICP("icp", "Raised intracranial pressure / cerebral edema",
      "The elevated intracranial pressure / cerebral edema domain of the ASTCT ICANS grade. Observation code, "
          + "valued with none, focal-edema, diffuse-edema, posturing, cn6-palsy, papilledema or cushing-triad "
          + "(one Observation per finding); as a component of icans-grade, the domain's grade; as the value of "
          + "attributed-to-other-cause, left out."),
  /** Value: assessed, nothing found (no seizure, no motor finding, no ICP finding, no hypotension, no oxygen). */
  NONE("none", "None",
      "Assessed, and nothing was found: no seizure, no motor finding, no sign of raised intracranial pressure, "
          + "no hypotension, or no supplemental oxygen (room air). Never the same as not assessed."),
  /** Level of consciousness: alert (normal, grade 0). */
  ALERT("alert", "Alert", "Normal level of consciousness (ICANS consciousness grade 0). Value of consciousness."),
  /** Level of consciousness: awakens spontaneously (grade 1). */
  AWAKENS_SPONTANEOUSLY("awakens-spontaneously", "Awakens spontaneously",
      "Depressed level of consciousness, but wakes without stimulus (grade 1); not a normally alert patient. "
          + "Value of consciousness."),
  /** Level of consciousness: awakens to voice (grade 2). */
  AWAKENS_TO_VOICE("awakens-to-voice", "Awakens to voice", "Wakes to voice (grade 2). Value of consciousness."),
  /** Level of consciousness: awakens only to touch (grade 3). */
  AWAKENS_TO_TOUCH("awakens-to-touch", "Awakens only to tactile stimulus",
      "Wakes only to tactile stimulus (grade 3). Value of consciousness."),
  /** Level of consciousness: unarousable (grade 4). */
  UNAROUSABLE("unarousable", "Unarousable",
      "Unarousable, or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma (grade 4). Value of "
          + "consciousness."),
  /** Seizure: rapidly resolving (grade 3). */
  SEIZURE_RAPIDLY_RESOLVING("seizure-rapidly-resolving", "Seizure, rapidly resolving",
      "Any clinical seizure, focal or generalized, that resolves rapidly, or nonconvulsive seizures on EEG that "
          + "resolve with intervention (grade 3). Value of seizure."),
  /** Seizure: prolonged or repetitive (grade 4). */
  SEIZURE_PROLONGED_OR_REPETITIVE("seizure-prolonged-or-repetitive", "Seizure, prolonged or repetitive",
      "A life-threatening prolonged seizure (more than 5 minutes), or repetitive clinical or electrical seizures "
          + "without return to baseline in between (grade 4). Value of seizure."),
  /** Motor finding: tremor (recorded, never graded). */
  TREMOR("tremor", "Tremor", "Tremor: recorded, never changes the ICANS grade (graded with CTCAE). Value of motor."),
  /** Motor finding: myoclonus (recorded, never graded). */
  MYOCLONUS("myoclonus", "Myoclonus",
      "Myoclonus: recorded, never changes the ICANS grade (graded with CTCAE). Value of motor."),
  /** Motor finding: hemiparesis (grade 4). */
  HEMIPARESIS("hemiparesis", "Hemiparesis", "Hemiparesis, deep focal motor weakness (grade 4). Value of motor."),
  /** Motor finding: paraparesis (grade 4). */
  PARAPARESIS("paraparesis", "Paraparesis", "Paraparesis, deep focal motor weakness (grade 4). Value of motor."),
  /** ICP finding: focal edema (grade 3). */
  FOCAL_EDEMA("focal-edema", "Focal edema", "Focal or local edema on neuroimaging (grade 3). Value of icp."),
  /** ICP finding: diffuse edema (grade 4). */
  DIFFUSE_EDEMA("diffuse-edema", "Diffuse cerebral edema", "Diffuse cerebral edema on neuroimaging (grade 4). Value of icp."),
  /** ICP finding: posturing (grade 4). */
  POSTURING("posturing", "Decerebrate or decorticate posturing", "Decerebrate or decorticate posturing (grade 4). Value of icp."),
  /** ICP finding: cranial nerve VI palsy (grade 4). */
  CN6_PALSY("cn6-palsy", "Cranial nerve VI palsy", "Cranial nerve VI (abducens) palsy (grade 4). Value of icp."),
  /** ICP finding: papilledema (grade 4). */
  PAPILLEDEMA("papilledema", "Papilledema", "Papilledema (grade 4). Value of icp."),
  /** ICP finding: Cushing's triad (grade 4). */
  CUSHING_TRIAD("cushing-triad", "Cushing's triad", "Cushing's triad (grade 4). Value of icp."),

  // CRS.
  /** CRS sign: fever. */
  FEVER("fever", "Fever",
      "The fever sign of the ASTCT CRS grade: temperature of 38.0 Cel or more (measured with LOINC 8310-5). As a "
          + "component of crs-grade, its status; as the value of attributed-to-other-cause, left out."),
  /** CRS sign and Observation code: hypotension and the support it needs. */
  HYPOTENSION("hypotension", "Hypotension",
      "The hypotension sign of the ASTCT CRS grade. Observation code, valued with the support it needed: none, "
          + "fluids, one-vasopressor, multiple-vasopressors or unknown-support; as a component of crs-grade, its "
          + "status; as the value of attributed-to-other-cause, left out."),
  /** CRS sign: hypoxia. */
  HYPOXIA("hypoxia", "Hypoxia",
      "The hypoxia sign of the ASTCT CRS grade, measured by the oxygen support it needs (oxygen-device and LOINC "
          + "3151-8 flow). As a component of crs-grade, its status; as the value of attributed-to-other-cause, "
          + "left out."),
  /** Hypotension support: fluids only (grade 2). */
  FLUIDS("fluids", "Not requiring vasopressors", "Hypotension not requiring vasopressors (grade 2). Value of hypotension."),
  /** Hypotension support: one vasopressor (grade 3). */
  ONE_VASOPRESSOR("one-vasopressor", "One vasopressor",
      "Hypotension requiring one vasopressor, with or without vasopressin (grade 3). Value of hypotension."),
  /** Hypotension support: multiple vasopressors (grade 4). */
  MULTIPLE_VASOPRESSORS("multiple-vasopressors", "Multiple vasopressors",
      "Hypotension requiring multiple vasopressors, vasopressin not counted (grade 4). Value of hypotension."),
  /** Hypotension support not recorded (contract v1.1): at least grade 2, a lower bound. */
  UNKNOWN_SUPPORT("unknown-support", "Support not recorded",
      "Hypotension was recorded but not the support it needed: counts as grade 2, the lowest it can be, and the "
          + "CRS grade is a lower bound (project assessment contract v1.1). Value of hypotension."),
  /** Observation code: the oxygen support given for hypoxia. */
  OXYGEN_DEVICE("oxygen-device", "Oxygen support for hypoxia",
      "How oxygen was given for hypoxia. Observation code, valued with none, blow-by, nasal-cannula, "
          + "high-flow-nasal-cannula, facemask, nonrebreather, venturi, cpap, bipap, mechanical-ventilation or "
          + "unknown-device; the flow as a component (LOINC 3151-8, L/min)."),
  /** Oxygen: blow-by (low flow, grade 2). */
  BLOW_BY("blow-by", "Blow-by oxygen", "Blow-by oxygen: low flow (grade 2). Value of oxygen-device."),
  /** Oxygen: nasal cannula; the flow decides. */
  NASAL_CANNULA("nasal-cannula", "Nasal cannula",
      "Nasal cannula; the flow decides: 6 L/min or less is low flow (grade 2), more is high flow (grade 3). Value "
          + "of oxygen-device; needs the flow."),
  /** Oxygen: high-flow nasal cannula (grade 3; a recorded flow decides). */
  HIGH_FLOW_NASAL_CANNULA("high-flow-nasal-cannula", "High-flow nasal cannula",
      "High-flow nasal cannula (grade 3); a recorded flow of 6 L/min or less makes it low flow (grade 2). Value of "
          + "oxygen-device."),
  /** Oxygen: facemask (grade 3). */
  FACEMASK("facemask", "Simple facemask", "Simple facemask (grade 3). Value of oxygen-device."),
  /** Oxygen: nonrebreather (grade 3). */
  NONREBREATHER("nonrebreather", "Nonrebreather mask", "Nonrebreather mask (grade 3). Value of oxygen-device."),
  /** Oxygen: Venturi mask (grade 3). */
  VENTURI("venturi", "Venturi mask", "Venturi mask (grade 3). Value of oxygen-device."),
  /** Oxygen: CPAP (grade 4). */
  CPAP("cpap", "CPAP", "Continuous positive airway pressure: positive pressure (grade 4). Value of oxygen-device."),
  /** Oxygen: BiPAP (grade 4). */
  BIPAP("bipap", "BiPAP", "Bilevel positive airway pressure: positive pressure (grade 4). Value of oxygen-device."),
  /** Oxygen: mechanical ventilation (grade 4). */
  MECHANICAL_VENTILATION("mechanical-ventilation", "Intubation and mechanical ventilation",
      "Intubation and mechanical ventilation: positive pressure (grade 4). Value of oxygen-device."),
  /** Oxygen device not recorded (contract v1.1): at least grade 2, a lower bound. */
  UNKNOWN_DEVICE("unknown-device", "Oxygen device not recorded",
      "Oxygen was given for hypoxia but neither device nor flow was recorded: counts as grade 2, the lowest it can "
          + "be, and the CRS grade is a lower bound (project assessment contract v1.1). Value of oxygen-device."),
  /** Observation code and crs-grade component: fever masked by therapy. */
  FEVER_MASKED("fever-masked", "Fever masked by therapy",
      "Antipyretic or anti-cytokine therapy (tocilizumab, steroids) was given after CRS onset, so fever is no "
          + "longer required to grade CRS (Lee DW et al. 2019, CRS fever footnote). Observation code, valueBoolean; "
          + "also a component of crs-grade."),

  // Attribution, death, patient context.
  /** Observation code: a domain or sign attributed to another cause. */
  ATTRIBUTED_TO_OTHER_CAUSE("attributed-to-other-cause", "Attributed to another cause",
      "The findings of a domain or sign are attributable to a cause other than ICANS or CRS (sedation, "
          + "hemorrhage, infection ...) and are left out of the grade (Lee DW et al. 2019, general footnotes). "
          + "Observation code, valued with the domain or sign; also the value of a grade component so left out."),
  /** Observation code: death from a syndrome. */
  DEATH_FROM("death-from", "Death from the syndrome",
      "The patient died of this syndrome with no other principal cause: grade 5. Observation code, valued with "
          + "icans or crs."),
  /** Syndrome: ICANS. */
  ICANS("icans", "ICANS", "Immune effector cell-associated neurotoxicity syndrome. Value of death-from."),
  /** Syndrome: CRS. */
  CRS("crs", "CRS", "Cytokine release syndrome. Value of death-from."),
  /** Observation code: developmental delay (CAPD at any age). */
  DEVELOPMENTAL_DELAY("developmental-delay", "Developmental delay",
      "Baseline developmental delay, so that the CAPD is the encephalopathy tool at any age (Lee DW et al. 2019; "
          + "project choice G-1). Observation code, valueBoolean."),
  /** Procedure code: the infusion that is day 0. */
  CELL_INFUSION("cell-infusion", "Immune effector cell infusion (day 0)",
      "The (first) infusion of the CAR T-cell or other immune effector cell product: day 0 of the course. "
          + "Procedure code; its performed date-time anchors the day of every assessment."),

  // Grades (output).
  /** Observation code: the ASTCT ICANS grade. */
  ICANS_GRADE("icans-grade", "ASTCT ICANS grade",
      "The ASTCT 2019 consensus ICANS grade, 0-5 (Lee DW et al. 2019). Observation code, valueInteger; one "
          + "component per domain, lower-bound, encephalopathy-tool."),
  /** Observation code: the ASTCT CRS grade. */
  CRS_GRADE("crs-grade", "ASTCT CRS grade",
      "The ASTCT 2019 consensus CRS grade, 0-5 (Lee DW et al. 2019). Observation code, valueInteger; one "
          + "component per sign (fever, hypotension, hypoxia), fever-masked, lower-bound."),
  /** Component: whether the grade is only a lower bound. */
  LOWER_BOUND("lower-bound", "Grade is a lower bound",
      "True when some element the grade depends on was not assessed, so that the grade is only a lower bound "
          + "(project choice G-7). Component of icans-grade and crs-grade, valueBoolean."),
  /** Component: the encephalopathy tool that applied. */
  ENCEPHALOPATHY_TOOL("encephalopathy-tool", "Encephalopathy tool",
      "The encephalopathy tool that applied by age and developmental delay (project choice G-1), valued with "
          + "ice-score or capd-score. Component of icans-grade."),
  /** Value of a CRS sign component: the sign decided the grade. */
  DECIDED_GRADE("decided-grade", "Decided the grade",
      "The sign reached the CRS grade: fever for grade 1, hypotension or hypoxia for grades 2-4. Value of a sign "
          + "component of crs-grade."),
  /** Value of a CRS sign component: assessed, did not decide the grade. */
  ASSESSED("assessed", "Assessed", "The sign was assessed and did not decide the grade. Value of a sign component of crs-grade."),
  /** Method: ASTCT 2019 consensus grading. */
  ASTCT_2019("astct-2019", "ASTCT 2019 consensus grading",
      "Graded by the ASTCT consensus: Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine "
          + "release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow "
          + "Transplant 2019;25(4):625-638. doi:10.1016/j.bbmt.2018.12.758; with the icans project's choices "
          + "where it leaves room. Observation.method of icans-grade and crs-grade.");

  private final String code;
  private final String display;
  private final String definition;

  IcansConcept(String code, String display, String definition) {
    this.code = code;
    this.display = display;
    this.definition = definition;
  }

  /** The code in the CodeSystem, lower-case words joined by {@code -}: {@code ice-score}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The concept with this code, matched exactly ({@link Coded}); {@link IcansCodeSystem#concept(String)}
   * gives an empty result instead of the exception.
   *
   * @throws org.icans.model.InvalidValueException (field {@code concept})
   *     naming the code and every allowed code
   */
  public static IcansConcept fromCode(String code) {
    return Coded.fromCode(IcansConcept.class, "concept", code);
  }

  /** The display name. */
  public String display() {
    return display;
  }

  /** What the concept means and where it is used. */
  public String definition() {
    return definition;
  }
}
