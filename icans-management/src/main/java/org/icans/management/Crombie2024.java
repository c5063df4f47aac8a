package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.crs;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;
import static org.icans.management.When.icansBetween;

import java.util.EnumSet;
import org.icans.management.action.CareSetting;
import org.icans.management.action.CautionTopic;
import org.icans.management.action.Purpose;
import org.icans.management.action.Topic;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.Route;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/**
 * The CD3xCD20 bispecific antibody consensus (Crombie et al., Blood 2024), grades 1 and 2 of its
 * ICANS table ({@code reference/management-risk.md} A2.9, V). Its grade 3-4 rows could not be read
 * (U) and are stated as silences. Scope: bispecific antibodies targeting CD20 (epcoritamab,
 * glofitamab, mosunetuzumab), adults.
 */
final class Crombie2024 {
  private Crombie2024() {}

  static final String ID = "crombie-2024";
  private static final String WHERE = "Crombie 2024 consensus as read (docs/choices.md, Not verified)";

  static TablePolicy create() {
    Citation c = ManagementSources.CROMBIE24;
    Citation neuro = c.at("neurological adverse events");
    Citation g1 = c.at("ICANS table, grade 1");
    Citation g2 = c.at("ICANS table, grade 2");

    DoseRule dexOnce = DoseRule.builder(Drug.DEXAMETHASONE, "may consider dexamethasone 10 mg x 1")
        .mg(10).maxTotalDoses(1).build();
    DoseRule dexG2 = DoseRule.builder(Drug.DEXAMETHASONE, "dexamethasone 10 mg IV q12h, taper once grade 1 or better")
        .mg(10).route(Route.IV).everyHours(12).taper("taper once grade 1 or better").build();

    return TablePolicy.builder(ID, "CD3xCD20 bispecific antibody consensus 2024 (Crombie et al.)", c, "2024",
            PolicyScope.of(EnumSet.of(TherapyModality.BISPECIFIC_T_CELL_ENGAGER), EnumSet.of(AgeGroup.ADULT))
                .withTargets(TargetAntigen.CD20))
        .description("Consensus on toxicities of CD3xCD20 bispecific antibodies (epcoritamab, glofitamab, "
            + "mosunetuzumab), Blood 2024, read in part: the neurological-event advice and the grade 1 and 2 "
            + "rows of its ICANS table are encoded; grades 3-4 could not be read and are stated as silent.")
        .add(icansAtLeast(1),
            Spec.monitor(neuro, "ICE score", "for any neurological symptom", 0, null),
            Spec.caution(neuro, CautionTopic.DRIVING, "no driving or operating heavy machinery while symptomatic"))
        .add(icans(1),
            Spec.care(g1, CareSetting.OBSERVATION_OR_CLOSE_OUTPATIENT_MONITORING, "depending on the situation"),
            Spec.med(g1, Purpose.TREATMENT, dexOnce).consider())
        .add(icans(2),
            Spec.care(g2, CareSetting.HOSPITAL_ADMISSION, null),
            Spec.med(g2, Purpose.TREATMENT, dexG2))
        .unverified(icansBetween(3, 4), Topic.CORTICOSTEROIDS,
            "The grade 3-4 rows of this consensus could not be read (tagged U): no corticosteroid advice is encoded.",
            WHERE + " (grades 3-4, U)")
        .unverified(icansBetween(3, 4), Topic.LEVEL_OF_CARE,
            "The grade 3-4 rows could not be read: no level of care is encoded.", WHERE + " (grades 3-4, U)")
        .silent(icansAtLeast(1).and(crs()), Topic.ANTI_CYTOKINE,
            "The verified ICANS rows do not address anti-cytokine therapy for a concurrent CRS.", WHERE)
        .silent(always(), Topic.SEIZURES, "The verified rows say nothing of seizure prophylaxis.", WHERE)
        .build();
  }
}
