package org.icans.management;

import static org.icans.management.When.always;
import static org.icans.management.When.crs;
import static org.icans.management.When.edema;
import static org.icans.management.When.eeg;
import static org.icans.management.When.icans;
import static org.icans.management.When.icansAtLeast;
import static org.icans.management.When.icansBetween;
import static org.icans.management.When.noCrs;
import static org.icans.management.When.refractoryToCorticosteroids;
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
 * Seed 002: Cevering CK et al., Neurol Clin Pract 2026, a peer-reviewed narrative review for
 * neurologists, {@code reference/seeds/002_800ee99af61dd85d.txt} sections "Treatment" and
 * "Workup" (S). Its "dexamethasone 1 mg/kg every 6 hours" for grade 3 or lower is kept as written
 * and flagged for review (about 280 mg a day for a 70-kg adult, far above every guideline); so this
 * policy requires review and is never a default. Tocilizumab 12 mg/kg below 30 kg and 8 mg/kg from
 * 30 kg, at most 800 mg, repeated once after 24-48 h; anakinra with a ceiling of 12 mg/kg/day.
 * Scope: CAR T cells, adults and children (it gives a paediatric tocilizumab band).
 */
final class Cevering2026 {
  private Cevering2026() {}

  static final String ID = "cevering-2026";

  /** Why the dexamethasone action needs review (reference/management-risk.md part 0). */
  static final String DEXAMETHASONE_REVIEW =
      "Kept as written but implausible: 1 mg/kg every 6 h is about 280 mg of dexamethasone a day for a 70-kg "
          + "adult, far above every guideline (10 mg every 6-12 h); probably a transcription error "
          + "(project choice M-REVIEW, docs/choices.md). Do not use without clinical review.";

  static TablePolicy create() {
    Citation c = ManagementSources.CEVERING26;
    Citation steroids = c.at("Treatment: Steroids");
    Citation tocilizumab = c.at("Treatment: Tocilizumab");
    Citation anakinra = c.at("Treatment: Anakinra, and Figure footnote");
    Citation seizures = c.at("Seizures; Seizure Management");
    Citation eegSection = c.at("Workup: EEG");
    Citation imaging = c.at("Workup: Neuroimaging");
    Citation lp = c.at("Workup: Lumbar Puncture");
    Citation edemaCare = c.at("Cerebral Edema; Treatment: level of care");

    DoseRule dex = DoseRule.builder(Drug.DEXAMETHASONE,
            "For patients with grade <=3 neurotoxicity, several authors suggest the use of dexamethasone 1 mg/kg "
                + "every 6 hours")
        .mgPerKg(1).everyHours(6).build();
    DoseRule mp = DoseRule.builder(Drug.METHYLPREDNISOLONE,
            "For patients with grade 4 neurotoxicity or who are refractory to dexamethasone, methylprednisolone "
                + "1,000 mg/d should be considered")
        .mg(1000).perDay().build();
    String tociWords = "tocilizumab can be administered as a one-time dose at 12 mg/kg for patients <30 kg or at "
        + "8 mg/kg for patients >=30 kg (not to exceed 800 mg) and repeated once after 24-48 hours if there is no "
        + "clinical improvement";
    DoseRule toci12 = DoseRule.builder(Drug.TOCILIZUMAB, tociWords)
        .mgPerKg(12).weightBelowKg(30).capMg(800).every(DoseInterval.hours(24, 48)).maxTotalDoses(2)
        .until("repeat once only if no clinical improvement").forAllAges().build();
    DoseRule toci8 = DoseRule.builder(Drug.TOCILIZUMAB, tociWords)
        .mgPerKg(8).weightFromKg(30).capMg(800).every(DoseInterval.hours(24, 48)).maxTotalDoses(2)
        .until("repeat once only if no clinical improvement").forAllAges().build();
    DoseRule anakinraStart = DoseRule.builder(Drug.ANAKINRA,
            "Anakinra: Up to 12 mg/kg/day (100 mg subcutaneously or IV twice daily for 7 days)")
        .mg(100).route(Route.SC_OR_IV).everyHours(12).forDays(7).maxMgPerKgPerDay(12).build();
    DoseRule anakinraHigh = DoseRule.builder(Drug.ANAKINRA,
            "In case of high-grade ICANS or not responsive to initial dose, consider increasing to 200 mg every 8 "
                + "hours for up to 10 days")
        .mg(200).everyHours(8).forUpToDays(10).maxMgPerKgPerDay(12).build();
    DoseRule lev = DoseRule.builder(Drug.LEVETIRACETAM,
            "levetiracetam 750 mg twice daily may be considered in patients with epileptiform or ictal-interictal "
                + "features on EEG")
        .mg(750).everyHours(12).build();

    String corticosteroid = "cevering-corticosteroid";
    String anakinraGroup = "cevering-anakinra";
    String refractory = "'refractory to dexamethasone' read as: corticosteroids given (days of corticosteroid 1 or "
        + "more) and hours without improvement reported";
    String lifeThreateningOrRefractory = "'life-threatening' read as ICANS grade 4; 'refractory' read as: "
        + "corticosteroids given and hours without improvement reported";

    return TablePolicy.builder(ID, "Cevering et al. 2026, Neurol Clin Pract (narrative review)", c, "2026",
            PolicyScope.of(EnumSet.of(TherapyModality.CAR_T_CELL), EnumSet.of(AgeGroup.ADULT, AgeGroup.CHILD)))
        .description("Seed 002: a peer-reviewed narrative review for general neurologists (Neurol Clin Pract 2026), "
            + "the strongest seed. Encoded as written, including dexamethasone 1 mg/kg every 6 h for grades 1-3, "
            + "which is implausible and flagged for review: this policy is never a default. Methylprednisolone "
            + "1 g/day at grade 4 or when refractory; tocilizumab by weight band, repeated once after 24-48 h; "
            + "anakinra up to 12 mg/kg/day; levetiracetam only with epileptiform EEG; intermediate care or ICU "
            + "above grade 2.")
        .add(always(),
            Spec.caution(seizures, CautionTopic.SEIZURE_PROPHYLAXIS_UNPROVEN,
                "antiseizure medication started before any seizure did not prevent seizures or ictal-interictal "
                    + "EEG activity in most series; its utility is debatable"))
        .add(icansBetween(1, 3),
            Spec.med(steroids, Purpose.TREATMENT, dex).suggest().review(DEXAMETHASONE_REVIEW).or(corticosteroid))
        .add(icans(4), Spec.med(steroids, Purpose.TREATMENT, mp).consider())
        .add(icansBetween(1, 3).and(refractoryToCorticosteroids()),
            Spec.med(steroids, Purpose.TREATMENT, mp).consider().when("if refractory to dexamethasone, instead of it")
                .or(corticosteroid).readAs(refractory, ManagementSources.CHOICE_REFRACTORY))
        .add(icansAtLeast(1).and(crs()),
            Spec.med(tocilizumab, Purpose.TREATMENT, toci12, toci8).consider()
                .when("for the concurrent CRS; generally reserved for severe CRS"),
            Spec.caution(tocilizumab, CautionTopic.TOCILIZUMAB_MAY_WORSEN_ICANS,
                "tocilizumab does not cross the blood-brain barrier and raises serum IL-6: ICANS may develop or "
                    + "worsen; no further doses after 2 doses without response"))
        .add(icansAtLeast(1).and(noCrs()),
            Spec.caution(tocilizumab, CautionTopic.NO_TOCILIZUMAB_FOR_ISOLATED_ICANS,
                "tocilizumab has not been found effective for ICANS and may be a risk factor for severe ICANS: "
                    + "reserve it for CRS"))
        .add(icans(4).or(icansAtLeast(1).and(refractoryToCorticosteroids())),
            Spec.med(anakinra, Purpose.TREATMENT, anakinraStart).consider()
                .when("life-threatening or refractory ICANS, together with corticosteroids").or(anakinraGroup)
                .readAs(lifeThreateningOrRefractory, ManagementSources.CHOICE_LIFE_THREATENING),
            Spec.med(anakinra, Purpose.TREATMENT, anakinraHigh).consider()
                .when("life-threatening or refractory ICANS: for high-grade ICANS or no response to the initial "
                    + "dose, instead of it").or(anakinraGroup)
                .readAs(lifeThreateningOrRefractory, ManagementSources.CHOICE_LIFE_THREATENING))
        .add(icansAtLeast(1),
            Spec.workup(eegSection, WorkupTest.EEG, "routine EEG, at least initially, in encephalopathic patients"),
            Spec.workup(imaging, WorkupTest.MRI_BRAIN, "to exclude other causes; usually normal in low-grade ICANS")
                .consider(),
            Spec.workup(lp, WorkupTest.LUMBAR_PUNCTURE,
                "to exclude other causes; often normal or nonspecific, and often unsafe because of coagulopathy")
                .consider())
        .add(eeg(EegStatus.EPILEPTIFORM_OR_PERIODIC, EegStatus.ELECTROGRAPHIC_SEIZURES),
            Spec.workup(eegSection, WorkupTest.CONTINUOUS_EEG, null)
                .when("epileptiform abnormalities or electrographic seizures on EEG"),
            Spec.med(seizures, Purpose.PROPHYLAXIS, lev).consider()
                .when("epileptiform or ictal-interictal features on EEG"))
        .add(seizure(SeizureStatus.SEIZURE_RESOLVED, SeizureStatus.NONCONVULSIVE_STATUS_EPILEPTICUS,
                SeizureStatus.PROLONGED_OR_REPETITIVE).or(eeg(EegStatus.ELECTROGRAPHIC_SEIZURES)),
            Spec.support(seizures, Topic.SEIZURES,
                "treat electrographic or clinical seizures by standard status epilepticus protocols"))
        .add(icansAtLeast(3),
            Spec.care(edemaCare, CareSetting.INTERMEDIATE_CARE_OR_ICU, "clinicians often admit grade > 2 for close "
                + "monitoring").consider())
        .add(edema(CerebralEdema.DIFFUSE_OR_RAISED_ICP),
            Spec.workup(imaging, WorkupTest.CT_HEAD, "emergently, for signs of raised intracranial pressure"))
        .add(edema(CerebralEdema.FOCAL, CerebralEdema.DIFFUSE_OR_RAISED_ICP),
            Spec.support(edemaCare, Topic.INTRACRANIAL_PRESSURE,
                "standard neurocritical care measures to lower intracranial pressure"))
        .onCorticosteroids(always(),
            Spec.caution(steroids, CautionTopic.CORTICOSTEROID_EXPOSURE,
                "limit the duration: 10 days or more of corticosteroids is associated with lower overall survival "
                    + "and is a strong risk factor for CMV reactivation (especially after BCMA-directed CAR T cells); "
                    + "higher cumulative doses and early use (within 7 days of infusion) are associated with lower "
                    + "PFS and OS; tapering may begin before complete resolution; there is no established dose, "
                    + "duration or taper"))
        .build();
  }
}
