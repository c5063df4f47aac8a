package org.icans.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.icans.management.testing.Digest;
import org.icans.management.testing.Situations;
import org.icans.model.patient.Product;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each policy's recommendations per ICANS grade and CRS grade, for an adult of 60 years and 70 kg
 * with a product inside the policy's scope (tisagenlecleucel for the CAR T policies, glofitamab
 * for the CD3xCD20 consensus, teclistamab for its label), checked against the reference text:
 * {@code reference/management-risk.md} parts A2 and A3 and the seeds. Tokens are those of
 * {@link Digest}: every "present" token must be in the plan; no token of the plan may start with
 * an "absent" prefix. Doses are for 70 kg: tocilizumab 8 mg/kg = 560 mg, methylprednisolone 1 mg/kg = 70 mg.
 */
class PolicyTablesTest {

  private static final Map<String, Product> PRODUCT = Map.of(
      "asco-2021", Situations.TISA_CEL,
      "cartox-2018", Situations.TISA_CEL,
      "crombie-2024", Situations.GLOFITAMAB,
      "teclistamab-label", Situations.TECLISTAMAB,
      "droracle-2026", Situations.TISA_CEL,
      "pharmacy-pearls", Situations.TISA_CEL,
      "cevering-2026", Situations.TISA_CEL);

  @ParameterizedTest(name = "{0} ICANS {1} CRS {2}: {5}")
  @CsvSource(delimiter = '|', textBlock = """
      asco-2021 | 0 | 0 | med:antiseizure_medication? | med:dexamethasone care: monitor: workup: | A2.4 all grades: consider seizure prophylaxis
      asco-2021 | 1 | 0 | monitor:2 workup:eeg support med:antiseizure_medication? silent:corticosteroids silent:level_of_care | med:dexamethasone med:tocilizumab care: workup:mri_brain workup:lumbar | A2.4 G1 no CRS: supportive care; EEG for unexplained AMS
      asco-2021 | 1 | 1 | med:tocilizumab:560mg:q8h caution:tocilizumab_may_worsen_icans med:corticosteroid? | med:dexamethasone | A2.4 G1 with CRS: toci 8 mg/kg, consider steroids after 1st dose
      asco-2021 | 2 | 0 | med:dexamethasone:10mg? med:dexamethasone:10mg:q6-12h? workup:mri_brain workup:eeg workup:lumbar_puncture? | care: med:tocilizumab med:methylprednisolone | A2.4 G2 no CRS: high-risk: consider dex 10 mg x2, repeat q6-12h
      asco-2021 | 2 | 1 | med:tocilizumab:560mg:q8h med:dexamethasone:10mg:q6-12h med:methylprednisolone:70mg:q12h | care: | A2.4 G2 with CRS: toci; refractory: dex q6-12h or MP 1 mg/kg q12h
      asco-2021 | 2 | 2 | care:intensive_care_unit? med:tocilizumab:560mg:q8h | | A2.4 G2: consider ICU if CRS >= 2
      asco-2021 | 3 | 0 | care:intensive_care_unit med:dexamethasone:10mg:q6-12h med:methylprednisolone:70mg:q12h workup:lumbar_puncture workup:neuroimaging caution:antifungal_prophylaxis caution:flare_on_rapid_taper | med:tocilizumab med:corticosteroid | A2.4 G3: ICU for all; dex 10 mg q6-12h or MP 1 mg/kg q12h
      asco-2021 | 3 | 2 | med:tocilizumab:560mg:q8h med:dexamethasone:10mg:q6-12h care:intensive_care_unit | | A2.4 G3 with CRS: tocilizumab then steroids
      asco-2021 | 4 | 0 | unverified:corticosteroids unverified:level_of_care workup:lumbar_puncture | med:dexamethasone med:methylprednisolone care: | A2.4 G4 page not retrievable [U]
      asco-2021 | 4 | 3 | unverified:anti_cytokine unverified:corticosteroids | med:tocilizumab | A2.4 G4 [U]
      cartox-2018 | 0 | 0 | med:levetiracetam:750mg:q12h | workup: care: | A2.1 LEV 750 mg BID for CRES-causing products
      cartox-2018 | 1 | 0 | med:lorazepam:0.25-0.5mg:q8h med:haloperidol:0.5mg:q6h workup:fundoscopy workup:mri_brain workup:lumbar_puncture workup:mri_spine workup:ct_head workup:eeg med:levetiracetam:750mg:q12h caution:avoid_cns_depressants unverified:monitoring silent:corticosteroids silent:level_of_care | med:tocilizumab med:dexamethasone | A2.1 G1 row
      cartox-2018 | 1 | 1 | med:tocilizumab:560mg med:siltuximab:770mg | med:dexamethasone | A2.1 G1 concurrent CRS: toci 8 mg/kg or siltuximab 11 mg/kg
      cartox-2018 | 2 | 0 | unverified:corticosteroids unverified:level_of_care unverified:workup med:levetiracetam:750mg:q12h | med:dexamethasone workup: care: | A2.1 G2 [U]
      cartox-2018 | 3 | 2 | unverified:anti_cytokine unverified:corticosteroids | med:tocilizumab | A2.1 G3 [U]
      cartox-2018 | 4 | 0 | unverified:corticosteroids unverified:level_of_care | med:methylprednisolone | A2.1 G4 taper attribution [U]
      crombie-2024 | 1 | 0 | care:observation_or_close_outpatient_monitoring med:dexamethasone:10mg? caution:driving monitor:- silent:seizures | care:hospital | A2.9 G1: observation; may consider dex 10 mg x1
      crombie-2024 | 2 | 0 | care:hospital_admission med:dexamethasone:10mg:q12h | med:methylprednisolone | A2.9 G2: admit; dex 10 mg IV q12h
      crombie-2024 | 2 | 1 | silent:anti_cytokine silent:seizures | med:tocilizumab | A2.9 verified rows do not address CRS
      crombie-2024 | 3 | 0 | unverified:corticosteroids unverified:level_of_care | med:dexamethasone care: | A2.9 G3-4 [U]
      teclistamab-label | 1 | 0 | support med:antiseizure_medication? silent:corticosteroids silent:level_of_care silent:monitoring | med:dexamethasone care: | A2.9 G1: withhold, neuro consult, consider non-sedating ASM
      teclistamab-label | 2 | 0 | med:dexamethasone:10mg:q6h care:hospital_admission support | med:antiseizure | A2.9 G2: dex 10 mg q6h; hospitalise 48 h after next dose
      teclistamab-label | 3 | 0 | med:dexamethasone:10mg:q6h unverified:general silent:level_of_care | care: | A2.9 G3 first occurrence; recurrence [U]
      teclistamab-label | 4 | 0 | unverified:corticosteroids unverified:general unverified:level_of_care | med:dexamethasone | A2.9 G4 [U]
      droracle-2026 | 0 | 0 | monitor:2 med:levetiracetam:500-750mg:q12h caution:no_corticosteroid_premedication | med:dexamethasone | seed 000 seizure management; pitfalls
      droracle-2026 | 1 | 0 | support caution:no_tocilizumab_for_isolated_icans | med:dexamethasone med:methylprednisolone care: | seed 000 G1: supportive care
      droracle-2026 | 2 | 0 | med:dexamethasone:10mg monitor:2 workup:mri_brain caution:antifungal_prophylaxis | med:methylprednisolone care: | seed 000 G2: dex 10 mg IV, reassess q6-12h, MRI
      droracle-2026 | 2 | 1 | caution:tocilizumab_may_worsen_icans silent:anti_cytokine | med:tocilizumab | seed 000: ICANS takes precedence over low-grade CRS
      droracle-2026 | 3 | 0 | med:methylprednisolone:1000mg:q12-24h care:intensive_care_unit caution:antifungal_prophylaxis | med:dexamethasone | seed 000 G3-4: MP 1,000 mg 1-2x/day x 3 d; ICU
      droracle-2026 | 4 | 0 | med:methylprednisolone:1000mg:q12-24h care:intensive_care_unit | med:dexamethasone | seed 000 G3-4
      pharmacy-pearls | 0 | 0 | monitor:1 med:levetiracetam | med:dexamethasone | seed 001 monitoring; always start LEV
      pharmacy-pearls | 1 | 0 | silent:corticosteroids silent:level_of_care monitor:6 workup:eeg workup:mri_brain workup:lumbar_puncture caution:no_tocilizumab_for_isolated_icans | med:dexamethasone med:tocilizumab | seed 001: suspected ICANS: q4h checks, EEG, MRI, LP
      pharmacy-pearls | 2 | 0 | med:dexamethasone:10mg:q6h med:methylprednisolone:70-140mg/d silent:level_of_care | care: | seed 001 G>=2: dex 10 mg q6h or MP 1-2 mg/kg/day
      pharmacy-pearls | 2 | 1 | med:tocilizumab silent:anti_cytokine med:dexamethasone:10mg:q6h | | seed 001: CRS + ICANS: toci for CRS + steroids
      pharmacy-pearls | 3 | 0 | care:intensive_care_unit med:dexamethasone:10mg:q6h | | seed 001 severe: ICU
      cevering-2026 | 0 | 0 | caution:seizure_prophylaxis_unproven | med: | seed 002: prophylaxis did not prevent seizures
      cevering-2026 | 1 | 0 | med:dexamethasone:70mg:q6h workup:eeg workup:mri_brain? workup:lumbar_puncture? caution:no_tocilizumab_for_isolated_icans caution:corticosteroid_exposure | med:methylprednisolone care: | seed 002 G<=3: dex 1 mg/kg q6h (review)
      cevering-2026 | 2 | 1 | med:tocilizumab:560mg:q24-48h? caution:tocilizumab_may_worsen_icans med:dexamethasone:70mg:q6h | | seed 002: toci 8 mg/kg >= 30 kg, max 800, repeat once after 24-48 h
      cevering-2026 | 3 | 0 | med:dexamethasone:70mg:q6h care:intermediate_care_or_icu? | med:methylprednisolone med:anakinra | seed 002 G<=3 dex; grade > 2 intermediate or ICU
      cevering-2026 | 4 | 0 | med:methylprednisolone:1000mg/d? med:anakinra:100mg:q12h? med:anakinra:200mg:q8h? care:intermediate_care_or_icu? | med:dexamethasone | seed 002 G4: MP 1,000 mg/d; anakinra for life-threatening ICANS
      """)
  void policyTable(String id, int icans, int crs, String present, String absent, String reference) {
    ManagementPolicy policy = ManagementPolicies.require(id);
    Plan plan = policy.plan(Situations.adult(PRODUCT.get(id), icans, crs));
    assertTrue(plan.inScope(), plan::toText);
    List<String> tokens = Digest.of(plan);
    for (String want : present.trim().split("\\s+")) {
      assertTrue(tokens.contains(want), () -> "missing " + want + " in " + tokens + "\n" + plan.toText());
    }
    if (absent != null) {
      for (String prefix : absent.trim().split("\\s+")) {
        assertFalse(tokens.stream().anyMatch(t -> t.startsWith(prefix)),
            () -> "unexpected " + prefix + " in " + tokens + "\n" + plan.toText());
      }
    }
    // Every action cites the policy's own source: no blending.
    plan.actions().forEach(a -> assertEquals(policy.citation().key(), a.source().key(), a::describe));
  }
}
