package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.crs;
import static org.icans.management.When.crsAtLeast;
import static org.icans.management.When.edema;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;
import static org.icans.management.When.noCrs;
import static org.icans.management.When.notImproving;
import static org.icans.management.When.product;
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
import org.icans.model.patient.ProductCatalogue;
import org.icans.model.patient.TherapyModality;

/**
 * ASCO 2021 (Santomasso et al.), from {@code reference/management-risk.md} A2.4 and A3, every fact
 * tagged V there. The grade 4 page could not be read: grade 4 corticosteroids, level of care and
 * anti-cytokine therapy are stated as silences, not carried over from grade 3.
 *
 * <p>Scope: CAR T cells, adults ({@link ManagementSources#CHOICE_ADULT_SCOPE}: the verified pages
 * give fixed adult doses and no paediatric doses).
 */
final class Asco2021 {
  private Asco2021() {}

  static final String ID = "asco-2021";
  private static final String WHERE = "ASCO 2021 pocket guide as read (docs/choices.md, Not verified)";
  private static final String AXI_CEL = ProductCatalogue.AXICABTAGENE_CILOLEUCEL.name();
  private static final String BREXU_CEL = ProductCatalogue.BREXUCABTAGENE_AUTOLEUCEL.name();

  static TablePolicy create() {
    Citation c = ManagementSources.ASCO21;
    Citation all = c.at("ICANS table, all grades");
    Citation g1 = c.at("ICANS table, grade 1");
    Citation g2 = c.at("ICANS table, grade 2");
    Citation g3 = c.at("ICANS table, grade 3");
    Citation foot = c.at("ICANS table footnotes");
    Citation crsTable = c.at("CRS table, corticosteroid footnote");
    Citation withCrs = c.at("ICANS table, concurrent CRS (grade 1 row; 'as grade 1' at grade 2; "
        + "'tocilizumab then steroids' at grade 3)");

    DoseRule toci = DoseRule.builder(Drug.TOCILIZUMAB,
            "tocilizumab 8 mg/kg IV over 1 h (max 800 mg/dose), repeat q8h prn, max 3 doses/24 h and 4 doses total")
        .mgPerKg(8).capMg(800).route(Route.IV).administration("over 1 h").everyHours(8)
        .maxDosesPer24h(3).maxTotalDoses(4).until("repeat as needed").build();
    DoseRule dexTwoDoses = DoseRule.builder(Drug.DEXAMETHASONE,
            "dexamethasone 10 mg IV x 2 doses and reassess")
        .mg(10).route(Route.IV).maxTotalDoses(2).until("then reassess").build();
    DoseRule dexRepeat = DoseRule.builder(Drug.DEXAMETHASONE,
            "repeat every 6-12 h if no improvement; rapid taper once grade 1")
        .mg(10).route(Route.IV).everyHours(6, 12).taper("rapid taper once grade 1").build();
    DoseRule dexUntilG1 = DoseRule.builder(Drug.DEXAMETHASONE,
            "dexamethasone 10 mg IV q6-12h ... until grade 1, then rapid taper")
        .mg(10).route(Route.IV).everyHours(6, 12).until("until grade 1").taper("then rapid taper").build();
    DoseRule mpUntilG1 = DoseRule.builder(Drug.METHYLPREDNISOLONE,
            "methylprednisolone 1 mg/kg IV q12h until grade 1, then rapid taper")
        .mgPerKg(1).route(Route.IV).everyHours(12).until("until grade 1").taper("then rapid taper").build();
    DoseRule dexG3 = DoseRule.builder(Drug.DEXAMETHASONE, "dexamethasone 10 mg IV q6-12h")
        .mg(10).route(Route.IV).everyHours(6, 12).build();
    DoseRule mpG3 = DoseRule.builder(Drug.METHYLPREDNISOLONE, "methylprednisolone 1 mg/kg IV q12h")
        .mgPerKg(1).route(Route.IV).everyHours(12).build();
    DoseRule itHydrocortisone = DoseRule.builder(Drug.HYDROCORTISONE,
            "intrathecal hydrocortisone 50 mg plus methotrexate 12 mg")
        .mg(50).route(Route.INTRATHECAL).build();
    DoseRule itMethotrexate = DoseRule.builder(Drug.METHOTREXATE,
            "intrathecal hydrocortisone 50 mg plus methotrexate 12 mg")
        .mg(12).route(Route.INTRATHECAL).build();

    String refractory = "for persistent or worsening ICANS";
    String persistent = "'persistent or worsening' (no time given by the source) read as: any hours without "
        + "improvement reported";
    String steroidG2 = "asco-g2-corticosteroid";
    String steroidG3 = "asco-g3-corticosteroid";
    String alternatives = "asco-persistent-icans";

    return TablePolicy.builder(ID, "ASCO 2021 guideline (Santomasso et al.)", c, "2021",
            PolicyScope.of(EnumSet.of(TherapyModality.CAR_T_CELL), EnumSet.of(AgeGroup.ADULT)))
        .description("ASCO guideline on CAR T-cell toxicities (J Clin Oncol 2021), informal consensus. Encoded from "
            + "the pocket guide pages read (all grades, grades 1-3, footnotes, CRS-table steroid footnote), every "
            + "fact verified. Grade 4 could not be read and is stated as silent. Adults only: the verified pages "
            + "give fixed adult doses.")
        // Prophylaxis concerns every patient at risk, before and during ICANS.
        .add(always(),
            Spec.medWithoutDose(all, Drug.ANTISEIZURE_MEDICATION, Purpose.PROPHYLAXIS).consider()
                .when("for ICANS-associated products or a higher seizure risk (prior seizure, CNS disease, "
                    + "concerning EEG, brain lesions)"))
        .add(icansAtLeast(1),
            Spec.monitor(all, "ICE score and motor examination", "at least twice daily", 2, null),
            Spec.monitor(all, "CRP, ferritin, CBC, CMP, fibrinogen, PT/PTT", "serially", 0, null),
            Spec.support(all, "neurology consultation"),
            Spec.support(all, "aspiration precautions; head of bed elevated"),
            Spec.support(all, "correct severe hyponatremia").when("if severe hyponatremia"))
        .add(icans(1), Spec.workup(all, WorkupTest.EEG, null).when("for unexplained altered mental status"))
        .add(icansAtLeast(2),
            Spec.workup(all, WorkupTest.MRI_BRAIN, "with/without contrast; CT if MRI is not feasible"),
            Spec.workup(all, WorkupTest.EEG, null))
        .add(icans(2), Spec.workup(all, WorkupTest.LUMBAR_PUNCTURE, null).consider())
        .add(icansAtLeast(3),
            Spec.workup(all, WorkupTest.LUMBAR_PUNCTURE, null),
            Spec.workup(all, WorkupTest.NEUROIMAGING, "repeat MRI or CT every 2-3 days")
                .when("if ICANS persists at grade 3 or more"))
        // Grade 1.
        .add(icans(1).and(noCrs()), Spec.support(g1, "supportive care: IV hydration, aspiration precautions"))
        .add(icans(1, 2, 3).and(crs()),
            Spec.med(withCrs, Purpose.TREATMENT, toci).when("for the concurrent CRS"),
            Spec.caution(withCrs, CautionTopic.TOCILIZUMAB_MAY_WORSEN_ICANS, "caution with repeated tocilizumab doses in ICANS"))
        .add(icans(1).and(crs()),
            Spec.medWithoutDose(g1, Drug.CORTICOSTEROID, Purpose.TREATMENT).consider()
                .when("after the first tocilizumab dose"))
        .add(icans(1).and(product(AXI_CEL, BREXU_CEL)),
            Spec.medWithoutDose(foot, Drug.CORTICOSTEROID, Purpose.TREATMENT).consider()
                .when("axicabtagene ciloleucel or brexucabtagene autoleucel: earlier corticosteroids from grade 1 "
                    + "may be an option"))
        // Grade 2.
        .add(icans(2).and(noCrs()),
            Spec.support(g2, "supportive care"),
            Spec.med(g2, Purpose.TREATMENT, dexTwoDoses).consider().when("for high-risk products or patients"),
            Spec.med(g2, Purpose.TREATMENT, dexRepeat).consider()
                .when("for high-risk products or patients").later("if no improvement after the first 2 doses"))
        .add(icans(2).and(crsAtLeast(2)),
            Spec.care(g2, CareSetting.INTENSIVE_CARE_UNIT, null).consider().when("with CRS grade 2 or more"))
        .add(icans(2).and(crs()),
            Spec.med(g2, Purpose.TREATMENT, dexUntilG1).or(steroidG2).when("if refractory after the first tocilizumab dose"),
            Spec.med(g2, Purpose.TREATMENT, mpUntilG1).or(steroidG2).when("if refractory after the first tocilizumab dose"))
        // Grade 3.
        .add(icans(3), Spec.care(g3, CareSetting.INTENSIVE_CARE_UNIT, "all patients"))
        .add(icans(3).and(noCrs()),
            Spec.med(g3, Purpose.TREATMENT, dexG3).or(steroidG3),
            Spec.med(g3, Purpose.TREATMENT, mpG3).or(steroidG3))
        .add(icans(3).and(crs()),
            Spec.med(g3, Purpose.TREATMENT, dexG3).or(steroidG3).when("after tocilizumab"),
            Spec.med(g3, Purpose.TREATMENT, mpG3).or(steroidG3).when("after tocilizumab"))
        .add(icans(3).and(product(AXI_CEL, BREXU_CEL)),
            Spec.medWithoutDose(foot, Drug.CORTICOSTEROID, Purpose.TREATMENT).consider()
                .when("axicabtagene ciloleucel or brexucabtagene autoleucel: high-dose corticosteroids at grade 3 "
                    + "may be an option"))
        // Persistent or worsening ICANS (no time threshold in the source: CHOICE_NOT_IMPROVING).
        .add(icansAtLeast(1).and(notImproving()),
            // Each row below applies by the project's reading of "persistent or worsening".
            Spec.medWithoutDose(foot, Drug.ANAKINRA, Purpose.TREATMENT).consider().when(refractory).or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.medWithoutDose(foot, Drug.SILTUXIMAB, Purpose.TREATMENT).consider().when(refractory).or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.medWithoutDose(foot, Drug.RUXOLITINIB, Purpose.TREATMENT).consider().when(refractory).or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.medWithoutDose(foot, Drug.CYCLOPHOSPHAMIDE, Purpose.TREATMENT).consider().when(refractory)
                .or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.medWithoutDose(foot, Drug.ANTI_THYMOCYTE_GLOBULIN, Purpose.TREATMENT).consider().when(refractory)
                .or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.med(foot, Purpose.TREATMENT, itHydrocortisone).consider().when(refractory)
                .when("together with intrathecal methotrexate 12 mg").or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING),
            Spec.med(foot, Purpose.TREATMENT, itMethotrexate).consider().when(refractory)
                .when("together with intrathecal hydrocortisone 50 mg").or(alternatives).readAs(persistent, ManagementSources.CHOICE_NOT_IMPROVING))
        .onCorticosteroids(icansAtLeast(1),
            Spec.caution(foot, CautionTopic.FLARE_ON_RAPID_TAPER,
                "ICANS flares are reported with a rapid corticosteroid taper: monitor during the taper"))
        .onCorticosteroids(always(),
            Spec.caution(crsTable, CautionTopic.ANTIFUNGAL_PROPHYLAXIS,
                "strongly consider antifungal prophylaxis in patients on corticosteroids"))
        // Grade 4: not readable.
        .unverified(icans(4), Topic.CORTICOSTEROIDS,
            "ASCO 2021's grade 4 row could not be read (pocket guide page not retrievable): its grade 4 "
                + "corticosteroid advice is not encoded. Grade 3 advice is not carried over.", WHERE + " (grade 4, U)")
        .unverified(icans(4), Topic.LEVEL_OF_CARE,
            "Grade 4 level of care is not verified and not encoded.",
            WHERE + " (grade 4, U)")
        .unverified(icans(4).and(crs()), Topic.ANTI_CYTOKINE,
            "Grade 4 with concurrent CRS: the grade 4 row is not verified; no tocilizumab advice is encoded.",
            WHERE + " (grade 4, U)")
        .silent(seizure(SeizureStatus.SEIZURE_RESOLVED, SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS,
                SeizureStatus.PROLONGED_OR_REPETITIVE), Topic.SEIZURES,
            "The verified pages give no seizure or status epilepticus treatment.", WHERE)
        .unverified(edema(CerebralEdema.FOCAL, CerebralEdema.DIFFUSE_OR_RAISED_ICP), Topic.INTRACRANIAL_PRESSURE,
            "Cerebral edema and raised intracranial pressure management is on the unverified grade 4 page.",
            WHERE + " (grade 4, U)")
        .build();
  }
}
