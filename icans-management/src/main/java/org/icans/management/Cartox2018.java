package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.crs;
import static org.icans.management.When.edema;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;
import static org.icans.management.When.icansBetween;
import static org.icans.management.When.seizure;

import java.util.EnumSet;
import org.icans.management.action.CareSetting;
import org.icans.management.action.CautionTopic;
import org.icans.management.action.Purpose;
import org.icans.management.action.Topic;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.DoseInterval;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.Route;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.TherapyModality;

/**
 * CARTOX 2018 (Neelapu et al.), where verified: {@code reference/management-risk.md} A2.1, the
 * grade 1 row, the non-convulsive status epilepticus algorithm, the agents for concurrent CRS and
 * the seizure prophylaxis stance (all V). Its grades 2-4 rows, monitoring interval, prophylaxis
 * duration and raised-ICP bundle are tagged U and stated as silences. CARTOX graded with CRES
 * (CARTOX-10); the grades here are applied to ASTCT grades of the same number.
 *
 * <p>The verified text gives tocilizumab 8 mg/kg and siltuximab 11 mg/kg with no cap; none is
 * invented, and the plan audit flags a tocilizumab dose above the 800 mg cap of other sources.
 */
final class Cartox2018 {
  private Cartox2018() {}

  static final String ID = "cartox-2018";
  private static final String WHERE = "CARTOX 2018 table reproductions as read (docs/choices.md, Not verified)";

  static TablePolicy create() {
    Citation c = ManagementSources.CARTOX18;
    Citation g1 = c.at("CRES grade 1 row");
    Citation g1Crs = c.at("CRES grade 1 row, concurrent CRS");
    Citation ncse = c.at("non-convulsive status epilepticus algorithm");
    Citation prophylaxis = c.at("antiseizure prophylaxis (ASH-SAP policy comparison table)");

    DoseRule levProphylaxis = DoseRule.builder(Drug.LEVETIRACETAM,
            "levetiracetam 750 mg BID for products known to cause CRES")
        .mg(750).everyHours(12).build();
    DoseRule levG1 = DoseRule.builder(Drug.LEVETIRACETAM, "if no seizures continue levetiracetam 750 mg PO q12h")
        .mg(750).route(Route.PO).everyHours(12).build();
    DoseRule lorazepamAgitation = DoseRule.builder(Drug.LORAZEPAM,
            "low-dose lorazepam 0.25-0.5 mg IV q8h for agitation with careful monitoring")
        .mg(0.25, 0.5).route(Route.IV).everyHours(8).build();
    DoseRule haloperidolAgitation = DoseRule.builder(Drug.HALOPERIDOL,
            "haloperidol 0.5 mg IV q6h for agitation with careful monitoring")
        .mg(0.5).route(Route.IV).everyHours(6).build();
    DoseRule toci = DoseRule.builder(Drug.TOCILIZUMAB, "tocilizumab 8 mg/kg IV")
        .mgPerKg(8).route(Route.IV).build();
    DoseRule siltuximab = DoseRule.builder(Drug.SILTUXIMAB, "siltuximab 11 mg/kg IV")
        .mgPerKg(11).route(Route.IV).build();
    DoseRule lorazepamNcse = DoseRule.builder(Drug.LORAZEPAM,
            "lorazepam 0.5 mg IV, repeat 0.5 mg q5 min up to 2 mg total")
        .mg(0.5).route(Route.IV).every(DoseInterval.minutes(5)).maxTotalMg(2).build();
    DoseRule levNcse = DoseRule.builder(Drug.LEVETIRACETAM, "levetiracetam 500 mg IV bolus")
        .mg(500).route(Route.IV).administration("bolus").maxTotalDoses(1).build();
    DoseRule phenobarbitalLoad = DoseRule.builder(Drug.PHENOBARBITAL,
            "if persistent, ICU + phenobarbital 60 mg IV load")
        .mg(60).route(Route.IV).administration("loading dose").maxTotalDoses(1).build();
    DoseRule lorazepamMaintenance = DoseRule.builder(Drug.LORAZEPAM,
            "maintenance after NCSE: lorazepam 0.5 mg IV q8h x 3")
        .mg(0.5).route(Route.IV).everyHours(8).maxTotalDoses(3).build();
    DoseRule levMaintenance = DoseRule.builder(Drug.LEVETIRACETAM,
            "maintenance after NCSE: levetiracetam 1,000 mg IV q12h")
        .mg(1000).route(Route.IV).everyHours(12).build();
    DoseRule phenobarbitalMaintenance = DoseRule.builder(Drug.PHENOBARBITAL,
            "maintenance after NCSE: phenobarbital 30 mg IV q12h")
        .mg(30).route(Route.IV).everyHours(12).build();

    String agitation = "for agitation, with careful monitoring";
    String maintenance = "maintenance after non-convulsive status epilepticus";
    String notVerified = "CARTOX 2018's grade 2-4 rows could not be verified (tagged U): ";

    return TablePolicy.builder(ID, "CARTOX 2018 (Neelapu et al.), verified rows", c, "2018",
            PolicyScope.of(EnumSet.of(TherapyModality.CAR_T_CELL), EnumSet.of(AgeGroup.ADULT)))
        .description("CARTOX recommendations (Nat Rev Clin Oncol 2018), graded with CRES/CARTOX-10 before ASTCT. "
            + "Encoded only where verified through a reproduction of its table: the grade 1 row, the "
            + "non-convulsive status epilepticus algorithm, tocilizumab or siltuximab for concurrent CRS at "
            + "grade 1, and levetiracetam prophylaxis for products known to cause CRES. Grades 2-4, the "
            + "monitoring interval, the prophylaxis duration and the raised-ICP measures are unverified "
            + "and stated as silent. The verified text gives no tocilizumab cap. Adults (the paediatric "
            + "version is Mahadeo 2019, not encoded).")
        .add(icans(0, 2, 3, 4),
            Spec.med(prophylaxis, Purpose.PROPHYLAXIS, levProphylaxis).when("for products known to cause CRES"))
        .add(icans(1),
            Spec.support(g1, "supportive care: aspiration precautions, IV hydration"),
            Spec.support(g1, "hold oral intake of food, medicines and fluids until swallowing is assessed; "
                + "convert oral medicines to IV if swallowing is impaired"),
            Spec.caution(g1, CautionTopic.AVOID_CNS_DEPRESSANTS,
                "avoid medicines that depress the central nervous system (except low-dose lorazepam or "
                    + "haloperidol for agitation, with careful monitoring)"),
            Spec.med(g1, Purpose.SYMPTOM_CONTROL, lorazepamAgitation).when(agitation).or("cartox-agitation"),
            Spec.med(g1, Purpose.SYMPTOM_CONTROL, haloperidolAgitation).when(agitation).or("cartox-agitation"),
            Spec.support(g1, "neurology consultation"),
            Spec.workup(g1, WorkupTest.FUNDOSCOPY, "to assess for papilledema"),
            Spec.workup(g1, WorkupTest.MRI_BRAIN, "with or without contrast (\u00b1 contrast in the source)"),
            Spec.workup(g1, WorkupTest.LUMBAR_PUNCTURE, "diagnostic, with opening pressure"),
            Spec.workup(g1, WorkupTest.MRI_SPINE, null).when("if focal peripheral neurological deficits"),
            Spec.workup(g1, WorkupTest.CT_HEAD, null).when("if MRI is not possible"),
            Spec.workup(g1, WorkupTest.EEG, "daily 30-min EEG until symptoms resolve"),
            Spec.med(g1, Purpose.PROPHYLAXIS, levG1).when("if no seizures: continue"))
        .add(icans(1).and(crs()),
            Spec.med(g1Crs, Purpose.TREATMENT, toci).or("cartox-anti-il6").when("for the concurrent CRS"),
            Spec.med(g1Crs, Purpose.TREATMENT, siltuximab).or("cartox-anti-il6").when("for the concurrent CRS"))
        .add(seizure(SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS),
            Spec.med(ncse, Purpose.TREATMENT, lorazepamNcse),
            Spec.med(ncse, Purpose.TREATMENT, levNcse),
            Spec.care(ncse, CareSetting.INTENSIVE_CARE_UNIT, null).when("if status epilepticus persists"),
            Spec.med(ncse, Purpose.TREATMENT, phenobarbitalLoad).when("if status epilepticus persists"),
            Spec.med(ncse, Purpose.TREATMENT, lorazepamMaintenance).later(maintenance),
            Spec.med(ncse, Purpose.TREATMENT, levMaintenance).later(maintenance),
            Spec.med(ncse, Purpose.TREATMENT, phenobarbitalMaintenance).later(maintenance))
        .unverified(icansBetween(2, 4), Topic.CORTICOSTEROIDS,
            notVerified + "no corticosteroid advice is encoded.", WHERE + " (grades 2-4, U)")
        .unverified(icansBetween(2, 4), Topic.LEVEL_OF_CARE, notVerified + "no level of care is encoded.",
            WHERE + " (grades 2-4, U)")
        .unverified(icansBetween(2, 4), Topic.WORKUP,
            notVerified + "the grade 1 work-up and supportive measures are not carried over.", WHERE + " (grades 2-4, U)")
        .unverified(icansBetween(2, 4).and(crs()), Topic.ANTI_CYTOKINE,
            notVerified + "anti-IL-6 therapy for concurrent CRS is verified at grade 1 only.", WHERE + " (grades 2-4, U)")
        .unverified(icansAtLeast(1), Topic.MONITORING,
            "CARTOX's monitoring interval is unverified; no monitoring interval is encoded.",
            WHERE + " (monitoring, U)")
        .unverified(always(), Topic.SEIZURES,
            "The duration of levetiracetam prophylaxis is unverified and not encoded.",
            WHERE + " (prophylaxis duration, U)")
        .silent(seizure(SeizureStatus.SEIZURE_RESOLVED, SeizureStatus.PROLONGED_OR_REPETITIVE), Topic.SEIZURES,
            "Only the non-convulsive status epilepticus algorithm is verified; no treatment for other seizures "
                + "is encoded.", WHERE)
        .unverified(edema(CerebralEdema.FOCAL, CerebralEdema.DIFFUSE_OR_RAISED_ICP), Topic.INTRACRANIAL_PRESSURE,
            "The raised-ICP measures attributed to CARTOX are unverified and not encoded.", WHERE + " (grade 4, U)")
        .build();
  }
}
