package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Purpose;
import org.icans.management.dosing.Ceiling;
import org.icans.management.dosing.Dose;
import org.icans.management.dosing.DoseCeilings;
import org.icans.management.dosing.DoseBasis;
import org.icans.management.dosing.Drug;
import org.icans.management.internal.Num;
import org.icans.model.patient.TherapyModality;

/**
 * Checks a plan against the {@linkplain AuditRule rules that hold across sources}. Any plan can be
 * audited: a built-in policy's, or one written elsewhere and wrapped with
 * {@link Plan#of}. The audit never changes a plan; it reports.
 *
 * <p>Stateless and thread-safe.
 */
public final class PlanAudit {
  private PlanAudit() {}

  /** Tocilizumab's cap per dose across sources, in mg (ASCO 2021, seed 002; {@link DoseCeilings}). */
  public static final double TOCILIZUMAB_MAX_MG_PER_DOSE = DoseCeilings.TOCILIZUMAB_MAX_MG_PER_DOSE;

  /** Days of corticosteroid from which exposure is flagged (seed 002, citing Strati 2021). */
  public static final int PROLONGED_CORTICOSTEROID_DAYS = 10;

  /** The findings for a plan. */
  public static AuditReport audit(Plan plan) {
    Objects.requireNonNull(plan, "plan");
    Situation s = plan.situation();
    List<AuditFinding> findings = new ArrayList<>();
    for (Action a : plan.actions()) {
      if (a.requiresReview()) {
        findings.add(new AuditFinding(AuditRule.REVIEW_REQUIRED, AuditRule.REVIEW_REQUIRED.severity(),
            "Kept as the source wrote it, needs clinical review: " + a.describe() + ". "
                + a.basis().reviewNote().orElse(""),
            Optional.of(a), Optional.of(a.source())));
      }
      if (a instanceof Medication) {
        medication(s, (Medication) a, findings);
      }
    }
    if (s.daysOfCorticosteroid() >= PROLONGED_CORTICOSTEROID_DAYS) {
      StringBuilder m = new StringBuilder("Corticosteroids for ").append(s.daysOfCorticosteroid())
          .append(" days (").append(PROLONGED_CORTICOSTEROID_DAYS).append(" or more)");
      if (plan.hasCorticosteroid()) {
        m.append(", and the plan continues corticosteroids");
      }
      m.append(": associated with lower overall survival and CMV reactivation; strongly consider antifungal "
          + "prophylaxis.");
      Optional<Disagreement> d = disagreement(plan, AuditRule.PROLONGED_CORTICOSTEROIDS);
      d.ifPresent(x -> m.append(" The plan's source states otherwise: \"").append(x.statement()).append("\" (")
          .append(x.source().shortForm()).append(")."));
      findings.add(new AuditFinding(AuditRule.PROLONGED_CORTICOSTEROIDS, AuditRule.PROLONGED_CORTICOSTEROIDS.severity(),
          m.toString(), Optional.empty(), d.map(Disagreement::source)));
    }
    return new AuditReport(plan, findings);
  }

  private static void medication(Situation s, Medication m, List<AuditFinding> findings) {
    if (m.drug() == Drug.TOCILIZUMAB && !s.hasConcurrentCrs()) {
      findings.add(new AuditFinding(AuditRule.TOCILIZUMAB_WITHOUT_CRS, AuditRule.TOCILIZUMAB_WITHOUT_CRS.severity(),
          "Tocilizumab with CRS grade 0 (isolated ICANS): " + m.describe(), Optional.of(m), Optional.of(m.source())));
    }
    if (m.dose().isPresent()) {
      Dose d = m.dose().get();
      if (d.exceedsCap()) {
        findings.add(new AuditFinding(AuditRule.DOSE_ABOVE_CAP, AuditRule.DOSE_ABOVE_CAP.severity(),
            m.drug().displayName() + " " + Num.plain(d.highMg()) + " mg is above its own rule's cap of "
                + Num.plain(d.capMg().getAsDouble()) + " mg" + (d.rule().basis() == DoseBasis.PER_DAY ? " per day" : ""),
            Optional.of(m), Optional.of(m.source())));
      }
      boolean child = s.ageGroup() == AgeGroup.CHILD;
      if (child && !d.rule().forAllAges()) {
        findings.add(new AuditFinding(AuditRule.ADULT_REGIMEN_FOR_CHILD, AuditRule.ADULT_REGIMEN_FOR_CHILD.severity(),
            m.drug().displayName() + " " + d.describe() + " for a child of " + Num.plain(s.ageYears())
                + " y, from a regimen its source gives for adults only: " + d.rule().asWritten(),
            Optional.of(m), Optional.of(m.source())));
      }
      for (Ceiling c : DoseCeilings.of(m.drug(), child)) {
        if (c.origin() == Ceiling.Origin.PEDIATRIC && c.basis() == d.rule().basis() && d.highMg() > c.mg()) {
          findings.add(new AuditFinding(AuditRule.DOSE_ABOVE_CAP, AuditRule.DOSE_ABOVE_CAP.severity(),
              m.drug().displayName() + " " + Num.plain(d.highMg()) + " mg for a child is above the " + c.describe(),
              Optional.of(m), Optional.of(m.source())));
        }
      }
      if (m.drug() == Drug.TOCILIZUMAB && d.rule().basis() == DoseBasis.PER_DOSE
          && d.highMg() > TOCILIZUMAB_MAX_MG_PER_DOSE) {
        String stated = d.rule().capMg().isPresent()
            ? "states a cap of " + Num.plain(d.rule().capMg().getAsDouble()) + " mg"
            : "states no cap";
        findings.add(new AuditFinding(AuditRule.DOSE_ABOVE_CAP, AuditRule.DOSE_ABOVE_CAP.severity(),
            "tocilizumab " + d.describe() + " is above " + Num.plain(TOCILIZUMAB_MAX_MG_PER_DOSE)
                + " mg per dose, the cap of ASCO 2021 and Cevering 2026; the source of this action ("
                + m.source().key() + ") " + stated,
            Optional.of(m), Optional.of(m.source())));
      }
    }
    if (m.isCorticosteroid() && m.purpose() == Purpose.PREMEDICATION
        && s.product().map(p -> p.modality() == TherapyModality.CAR_T_CELL).orElse(true)) {
      findings.add(new AuditFinding(AuditRule.CORTICOSTEROID_PREMEDICATION,
          AuditRule.CORTICOSTEROID_PREMEDICATION.severity(),
          "Corticosteroid premedication before a CAR T-cell infusion (or a product not given): " + m.describe(),
          Optional.of(m), Optional.of(m.source())));
    }
  }

  private static Optional<Disagreement> disagreement(Plan plan, AuditRule rule) {
    if (plan.policy() instanceof TablePolicy) {
      return ((TablePolicy) plan.policy()).disagreements().stream()
          .filter(d -> d.ruleCode().equals(rule.code())).findFirst();
    }
    return Optional.empty();
  }
}
