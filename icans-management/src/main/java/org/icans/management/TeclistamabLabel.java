package org.icans.management;

import static org.icans.management.When.crs;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;

import java.util.EnumSet;
import org.icans.management.action.CareSetting;
import org.icans.management.action.Purpose;
import org.icans.management.action.Topic;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.management.dosing.Route;
import org.icans.model.evidence.Citation;
import org.icans.model.patient.ProductCatalogue;
import org.icans.model.patient.TargetAntigen;
import org.icans.model.patient.TherapyModality;

/**
 * The teclistamab label's ICANS dose modifications, grades 1-3 at first occurrence, as reproduced
 * in JADPRO 2023 table 5 ({@code reference/management-risk.md} A2.9, V). Recurrent grade 3 and grade
 * 4 (permanent discontinuation, corticosteroids) are verified only for non-ICANS neurotoxicity and
 * are stated as silences. Scope: teclistamab, adults.
 */
final class TeclistamabLabel {
  private TeclistamabLabel() {}

  static final String ID = "teclistamab-label";
  private static final String WHERE = "teclistamab label as reproduced in JADPRO 2023 (docs/choices.md, Not verified)";

  static TablePolicy create() {
    Citation c = ManagementSources.TECLISTAMAB;
    Citation g1 = c.at("ICANS table, grade 1");
    Citation g2 = c.at("ICANS table, grade 2");
    Citation g3 = c.at("ICANS table, grade 3 (first occurrence)");

    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE,
            "dexamethasone 10 mg IV q6h until grade 1 or better, then taper")
        .mg(10).route(Route.IV).everyHours(6).until("until grade 1 or better").taper("then taper").build();

    return TablePolicy.builder(ID, "Teclistamab label, ICANS dose modifications (via JADPRO 2023)", c, "2023",
            PolicyScope.of(EnumSet.of(TherapyModality.BISPECIFIC_T_CELL_ENGAGER), EnumSet.of(AgeGroup.ADULT))
                .withTargets(TargetAntigen.BCMA).withProducts(ProductCatalogue.TECLISTAMAB.name()))
        .description("The teclistamab prescribing information's ICANS table as reproduced in JADPRO 2023 (table 5): "
            + "grades 1-3 at first occurrence are encoded. Recurrent grade 3 and grade 4 are verified only for "
            + "non-ICANS neurotoxicity and are stated as silent. Dated by the reproduction, not the label revision.")
        .add(icans(1),
            Spec.support(g1, "withhold teclistamab until ICANS resolves"),
            Spec.support(g1, "neurology consultation"),
            Spec.medWithoutDose(g1, Drug.ANTISEIZURE_MEDICATION, Purpose.PROPHYLAXIS).consider()
                .when("a non-sedating antiseizure medication"))
        .add(icans(2),
            Spec.support(g2, "withhold teclistamab"),
            Spec.med(g2, Purpose.TREATMENT, dex),
            Spec.care(g2, CareSetting.HOSPITAL_ADMISSION, "for 48 h").later("after the next teclistamab dose"))
        .add(icans(3),
            Spec.support(g3, "withhold teclistamab").when("first occurrence of grade 3"),
            Spec.med(g3, Purpose.TREATMENT, dex).when("first occurrence of grade 3"))
        .unverified(icans(3), Topic.GENERAL,
            "Recurrent grade 3: permanent discontinuation is verified only for non-ICANS neurotoxicity; "
                + "not encoded for ICANS.", WHERE + " (teclistamab recurrent grade 3, U)")
        .silent(icans(3), Topic.LEVEL_OF_CARE, "The verified grade 3 row states no level of care.", WHERE)
        .unverified(icans(4), Topic.CORTICOSTEROIDS,
            "Grade 4 corticosteroid advice is unverified and not encoded.", WHERE + " (teclistamab grade 4, U)")
        .unverified(icans(4), Topic.GENERAL,
            "Grade 4 (permanent discontinuation) is verified only for non-ICANS neurotoxicity; not encoded.",
            WHERE + " (teclistamab grade 4, U)")
        .unverified(icans(4), Topic.LEVEL_OF_CARE, "Grade 4 level of care is not verified.", WHERE)
        .silent(icansAtLeast(1).and(crs()), Topic.ANTI_CYTOKINE,
            "The verified ICANS table does not address anti-cytokine therapy for a concurrent CRS.", WHERE)
        .build();
  }
}
