package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.crs;
import static org.icans.management.When.hoursWithoutImprovementAtLeast;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;
import static org.icans.management.When.noCrs;
import static org.icans.management.When.seizure;

import java.util.EnumSet;
import org.icans.management.action.CareSetting;
import org.icans.management.action.CautionTopic;
import org.icans.management.action.Purpose;
import org.icans.management.action.Topic;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.Route;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.TherapyModality;

/**
 * Seed 000: the Dr.Oracle AI-generated question and answer on ICANS (updated 11 February 2026),
 * which cites NCCN and Praxis summaries; {@code reference/seeds/000_cb2e98a7c2f83edb.txt}, section
 * "Management", and {@code reference/management-risk.md} part 0 (S). It gives methylprednisolone 1 g
 * once or twice a day for grade 3 as well as 4, refractory advice after 24 hours without
 * improvement, and states that steroid duration and dose do not influence outcomes (the plan audit
 * names it there). Scope: CAR T cells, adults ({@link ManagementSources#CHOICE_ADULT_SCOPE}).
 */
final class DrOracle2026 {
  private DrOracle2026() {}

  static final String ID = "droracle-2026";
  private static final String WHERE = "Dr.Oracle 2026, Management, as encoded";

  static TablePolicy create() {
    Citation c = ManagementSources.DRORACLE26;
    Citation grade = c.at("Management: grade-specific approach");
    Citation principles = c.at("Management: critical management principles");
    Citation refractory = c.at("Management: refractory cases");
    Citation seizures = c.at("Management: seizure management");
    Citation supportive = c.at("Management: supportive care measures");
    Citation pitfalls = c.at("Common pitfalls to avoid");
    Citation outcomes = c.at("Clinical outcomes");

    DoseRule lev = DoseRule.builder(Drug.LEVETIRACETAM,
            "Levetiracetam 500-750 mg orally every 12 hours for 30 days starting on infusion day for high-risk "
                + "products; continue prophylaxis if EEG shows no seizure activity")
        .mg(500, 750).route(Route.PO).everyHours(12).forDays(30)
        .until("continue if EEG shows no seizure activity").build();
    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE, "Dexamethasone 10 mg IV, reassess every 6-12 hours")
        .mg(10).route(Route.IV).build();
    DoseRule mp = DoseRule.builder(Drug.METHYLPREDNISOLONE,
            "Methylprednisolone 1,000 mg IV 1-2 times daily for 3 days")
        .mg(1000).route(Route.IV).everyHours(12, 24).maxDosesPer24h(2).forDays(3).build();

    String noImprovement = "no improvement within 24 hours";
    String investigational = "droracle-investigational";

    return TablePolicy.builder(ID, "Dr.Oracle ICANS Q&A 2026 (AI-generated secondary summary)", c, "2026-02-11",
            PolicyScope.of(EnumSet.of(TherapyModality.CAR_T_CELL), EnumSet.of(AgeGroup.ADULT)))
        .description("Seed 000: an AI-generated clinical Q&A (Dr.Oracle, updated 11 Feb 2026) citing NCCN and Praxis "
            + "summaries; a secondary source with known slips. Encoded as written: dexamethasone 10 mg at grade 2, "
            + "methylprednisolone 1 g once or twice daily for 3 days at grades 3 and 4, ICU, levetiracetam "
            + "prophylaxis for high-risk products, refractory work-up after 24 h. Fixed adult doses: adults only.")
        .add(always(),
            Spec.monitor(supportive, "neurological evaluation with ICE score", "at least twice daily", 2,
                "during the high-risk period"),
            Spec.med(seizures, Purpose.PROPHYLAXIS, lev).when("for high-risk products, from the infusion day"))
        .add(icans(0),
            Spec.caution(pitfalls, CautionTopic.NO_CORTICOSTEROID_PREMEDICATION,
                "do not routinely give corticosteroids as premedication before CAR T-cell infusion: they may "
                    + "mask early toxicity"))
        .add(icansAtLeast(1),
            Spec.support(supportive, "aspiration precautions and head of bed elevation"),
            Spec.caution(supportive, CautionTopic.AVOID_CNS_DEPRESSANTS, "avoid medications causing CNS depression"))
        .add(icansAtLeast(1).and(noCrs()),
            Spec.caution(pitfalls, CautionTopic.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS,
                "do not use tocilizumab for isolated ICANS: it has not been shown to mitigate neurological "
                    + "toxicity and may worsen ICANS"))
        .add(icansAtLeast(1).and(crs()),
            Spec.caution(principles, CautionTopic.TOCILIZUMAB_MAY_WORSEN_ICANS,
                "tocilizumab does not resolve ICANS and may worsen it: management of ICANS takes precedence over "
                    + "management of low-grade CRS"))
        .add(icans(1), Spec.support(grade, "supportive care and close monitoring"))
        .add(icans(2),
            Spec.med(grade, Purpose.TREATMENT, dex),
            Spec.monitor(grade, "reassessment", "every 6-12 hours", 2, null),
            Spec.workup(grade, WorkupTest.MRI_BRAIN, "with and without contrast"))
        .add(icans(3, 4),
            Spec.med(grade, Purpose.TREATMENT, mp),
            Spec.care(grade, CareSetting.INTENSIVE_CARE_UNIT, "for airway protection"))
        .add(icansAtLeast(1).and(hoursWithoutImprovementAtLeast(24)),
            Spec.workup(refractory, WorkupTest.NEUROIMAGING, "repeat").when(noImprovement),
            Spec.workup(refractory, WorkupTest.LUMBAR_PUNCTURE, "CSF evaluation including opening pressure, if possible")
                .when(noImprovement),
            Spec.medWithoutDose(refractory, Drug.ANAKINRA, Purpose.TREATMENT).consider()
                .when("investigational; " + noImprovement).or(investigational),
            Spec.medWithoutDose(refractory, Drug.LENZILUMAB, Purpose.TREATMENT).consider()
                .when("investigational; " + noImprovement).or(investigational),
            Spec.medWithoutDose(refractory, Drug.DEFIBROTIDE, Purpose.TREATMENT).consider()
                .when("investigational; " + noImprovement).or(investigational))
        .add(seizure(SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS),
            Spec.support(seizures, Topic.SEIZURES, "escalate antiseizure treatment: non-convulsive status epilepticus detected"))
        .onCorticosteroids(always(),
            Spec.caution(supportive, CautionTopic.ANTIFUNGAL_PROPHYLAXIS,
                "strongly consider antifungal prophylaxis in all patients receiving corticosteroids"))
        .silent(icansAtLeast(1).and(crs()), Topic.ANTI_CYTOKINE,
            "This source gives no tocilizumab regimen for CRS with ICANS.", WHERE)
        .silent(icans(2, 3, 4), Topic.CORTICOSTEROIDS, "This source gives no taper.", WHERE)
        .silent(seizure(SeizureStatus.SEIZURE_RESOLVED, SeizureStatus.PROLONGED_OR_REPETITIVE), Topic.SEIZURES,
            "This source gives no treatment for clinical seizures beyond prophylaxis.", WHERE)
        .disagrees("prolonged_corticosteroids",
            "Duration and total steroid dose for ICANS treatment do not influence treatment outcomes.", outcomes)
        .build();
  }
}
