package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.carTOrUnknown;
import static org.icans.management.When.crs;
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
 * Seed 001: an undated oncology-pharmacy summary ("Oncology Pharmacy Pearls"),
 * {@code reference/seeds/001_13c2ee259b3184ef.txt} (S). Dexamethasone 10 mg every 6 h or
 * methylprednisolone 1-2 mg/kg/day from grade 2, seizure prophylaxis for every CAR T patient,
 * tocilizumab only with concurrent CRS. It names CAR T cells and the bispecific blinatumomab, so its
 * scope covers both; fixed adult doses, adults only ({@link ManagementSources#CHOICE_ADULT_SCOPE}).
 * "Severe cases" are taken as grades 3-4 (its own grading table calls grade 3 severe).
 */
final class PharmacyPearls {
  private PharmacyPearls() {}

  static final String ID = "pharmacy-pearls";
  private static final String WHERE = "Oncology pharmacy pearls, Management, as encoded";

  static TablePolicy create() {
    Citation c = ManagementSources.PHARMACY_PEARLS;
    Citation monitoring = c.at("Monitoring");
    Citation management = c.at("Management");
    Citation pearls = c.at("Oncology pharmacy pearls");

    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE, "Grade >=2: Dexamethasone 10 mg IV q6h; taper when symptoms improve")
        .mg(10).route(Route.IV).everyHours(6).taper("taper when symptoms improve").build();
    DoseRule mp = DoseRule.builder(Drug.METHYLPREDNISOLONE,
            "Grade >=2: methylprednisolone 1-2 mg/kg/day; taper when symptoms improve")
        .mgPerKg(1, 2).perDay().taper("taper when symptoms improve").build();

    String severe = "'severe cases' read as: ICANS grade 3-4 (the source's own grading table calls grade 3 severe)";

    return TablePolicy.builder(ID, "Oncology pharmacy pearls (secondary summary)", c, null,
            PolicyScope.of(EnumSet.of(TherapyModality.CAR_T_CELL, TherapyModality.BISPECIFIC_T_CELL_ENGAGER),
                EnumSet.of(AgeGroup.ADULT)))
        .description("Seed 001: an undated oncology-pharmacy summary; a secondary source with a simplified grading "
            + "table. Encoded as written: daily ICE, neurological checks every 4 h when ICANS is suspected, "
            + "levetiracetam for every CAR T patient (no dose given), dexamethasone 10 mg every 6 h or "
            + "methylprednisolone 1-2 mg/kg/day from grade 2, tocilizumab only with CRS (no dose given), ICU for "
            + "severe cases. Fixed adult doses: adults only.")
        .add(always(),
            Spec.monitor(monitoring, "baseline neurological examination and ICE score", "daily", 1,
                "during hospitalisation; highest-risk window the first 2 weeks after infusion"))
        .add(carTOrUnknown(),
            Spec.medWithoutDose(pearls, Drug.LEVETIRACETAM, Purpose.PROPHYLAXIS)
                .when("always start seizure prophylaxis in CAR T patients"))
        .add(icansAtLeast(1),
            Spec.monitor(monitoring, "neurological checks", "every 4 h", 6, null).when("if ICANS is suspected"),
            Spec.workup(monitoring, WorkupTest.EEG, null),
            Spec.workup(monitoring, WorkupTest.MRI_BRAIN, null),
            Spec.workup(monitoring, WorkupTest.LUMBAR_PUNCTURE, "to exclude infection or leukaemic meningitis"),
            Spec.caution(management, CautionTopic.AVOID_CNS_DEPRESSANTS, "avoid CNS depressants unless needed"))
        .add(icansAtLeast(1).and(noCrs()),
            Spec.caution(management, CautionTopic.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS,
                "tocilizumab is not effective for isolated ICANS (it does not cross the blood-brain barrier); "
                    + "avoid it unless CRS is present"))
        .add(icans(1).and(crs()),
            Spec.medWithoutDose(management, Drug.TOCILIZUMAB, Purpose.TREATMENT).when("for the CRS"))
        .add(icansAtLeast(2).and(crs()),
            Spec.medWithoutDose(management, Drug.TOCILIZUMAB, Purpose.TREATMENT)
                .when("for the CRS, with corticosteroids for the neurotoxicity"))
        .add(icansAtLeast(2),
            Spec.med(management, Purpose.TREATMENT, dex).or("pearls-corticosteroid"),
            Spec.med(management, Purpose.TREATMENT, mp).or("pearls-corticosteroid"))
        .add(icansAtLeast(3),
            Spec.care(management, CareSetting.INTENSIVE_CARE_UNIT, null).when("severe cases")
                .readAs(severe, ManagementSources.CHOICE_SEVERE),
            Spec.support(management, Topic.INTRACRANIAL_PRESSURE,
                    "ICP management (mannitol, hyperventilation, neurology consult)")
                .when("severe cases with raised intracranial pressure").readAs(severe, ManagementSources.CHOICE_SEVERE))
        .silent(seizure(SeizureStatus.SEIZURE_RESOLVED, SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS,
                SeizureStatus.PROLONGED_OR_REPETITIVE), Topic.SEIZURES,
            "This source gives no seizure treatment beyond prophylaxis.", WHERE)
        .silent(icansAtLeast(1).and(crs()), Topic.ANTI_CYTOKINE, "This source gives no tocilizumab dose.", WHERE)
        .build();
  }
}
