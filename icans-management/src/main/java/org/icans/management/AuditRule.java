package org.icans.management;

import java.util.List;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;

/** A rule that holds across the management sources, with the sources that state it. */
public enum AuditRule implements Coded {
  /**
   * No tocilizumab for ICANS without CRS: it does not cross the blood-brain barrier and may worsen
   * ICANS. ASCO 2021 gives it only in the rows with concurrent CRS; seeds 000, 001 and 002 say so.
   */
  TOCILIZUMAB_WITHOUT_CRS("tocilizumab_without_crs", Severity.VIOLATION,
      "No tocilizumab for ICANS without CRS: it does not cross the blood-brain barrier and may worsen ICANS.",
      List.of(ManagementSources.ASCO21.at("ICANS table: tocilizumab only in the rows with concurrent CRS"),
          ManagementSources.CEVERING26.at("Treatment: Tocilizumab"),
          ManagementSources.DRORACLE26.at("Common pitfalls to avoid"),
          ManagementSources.PHARMACY_PEARLS.at("Management"))),
  /**
   * No dose above its cap for any weight: the dose rule's own cap (and per-kg daily ceiling), and
   * tocilizumab at most {@value PlanAudit#TOCILIZUMAB_MAX_MG_PER_DOSE} mg a dose (ASCO 2021; seed 002).
   */
  DOSE_ABOVE_CAP("dose_above_cap", Severity.VIOLATION,
      "No dose above its cap for any weight: the rule's own cap, tocilizumab at most 800 mg per dose, and for a "
          + "child anakinra at most 100 mg per dose and 400 mg a day.",
      List.of(ManagementSources.ASCO21.at("ICANS table, grade 1 with CRS (tocilizumab max 800 mg/dose)"),
          ManagementSources.CEVERING26.at("Treatment: Tocilizumab (not to exceed 800 mg)"),
          ManagementSources.PEDIATRIC_ANAKINRA22)),
  /**
   * Corticosteroids for 10 days or more: associated with lower overall survival and CMV reactivation
   * (seed 002, citing Strati 2021); strongly consider antifungal prophylaxis in patients on
   * corticosteroids (ASCO 2021 CRS table; seed 000).
   */
  PROLONGED_CORTICOSTEROIDS("prolonged_corticosteroids", Severity.ADVISORY,
      "Corticosteroids for 10 days or more are associated with lower overall survival and CMV reactivation; "
          + "strongly consider antifungal prophylaxis in patients on corticosteroids.",
      List.of(ManagementSources.CEVERING26.at("Treatment: Steroids; Outcomes (Strati 2021)"),
          ManagementSources.ASCO21.at("CRS table, corticosteroid footnote"),
          ManagementSources.DRORACLE26.at("Management: supportive care measures"))),
  /**
   * No dose for a child from a regimen its source gives for adults only, and no child's dose above a
   * verified paediatric ceiling (project safety rule SAFE-CHILD; the ceilings in
   * {@link org.icans.management.dosing.DoseCeilings}).
   */
  ADULT_REGIMEN_FOR_CHILD("adult_regimen_for_child", Severity.VIOLATION,
      "No dose for a child from a regimen its source gives for adults only: an adult dose is never scaled to a child.",
      List.of(ManagementSources.SAFE_CHILD)),
  /** No corticosteroid premedication before a CAR T-cell infusion: it may mask early toxicity (seed 000). */
  CORTICOSTEROID_PREMEDICATION("corticosteroid_premedication", Severity.VIOLATION,
      "No routine corticosteroid premedication before a CAR T-cell infusion: it may mask early toxicity.",
      List.of(ManagementSources.DRORACLE26.at("Common pitfalls to avoid"))),
  /**
   * No advice kept as its source wrote it although implausible (seed 002's dexamethasone 1 mg/kg
   * every 6 h) may be followed without clinical review.
   */
  REVIEW_REQUIRED("review_required", Severity.VIOLATION,
      "Advice kept as its source wrote it although implausible must not be followed without clinical review.",
      List.of(ManagementSources.PROJECT_CHOICES.at("M-REVIEW (implausible advice kept as written, flagged for "
          + "review)")));

  private final String code;
  private final Severity severity;
  private final String statement;
  private final List<Citation> sources;

  AuditRule(String code, Severity severity, String statement, List<Citation> sources) {
    this.code = code;
    this.severity = severity;
    this.statement = statement;
    this.sources = sources;
  }

  /** How serious a breach is. */
  public Severity severity() {
    return severity;
  }

  /** The rule, for people. */
  public String statement() {
    return statement;
  }

  /** The sources that state the rule. */
  public List<Citation> sources() {
    return sources;
  }

  /** The stable code, as files and command lines write it: {@code tocilizumab_without_crs}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The audit rule with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code auditRule})
   *     naming the code and every allowed code
   */
  public static AuditRule fromCode(String code) {
    return Coded.fromCode(AuditRule.class, "auditRule", code);
  }
}
