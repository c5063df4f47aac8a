/**
 * Management of ICANS after CAR T-cell and bispecific antibody therapy, as named, cited policies:
 * one per source, never blended. Entry point: {@code
 * ManagementPolicies.require("asco-2021").plan(situation)}, a {@link
 * org.icans.management.Plan} for a {@link org.icans.management.Situation}; {@link
 * org.icans.management.PlanAudit#audit(org.icans.management.Plan)} checks any plan.
 *
 * <p>A {@link org.icans.management.Situation} holds what a plan depends on: the ICANS grade, the
 * grade of a concurrent CRS, the patient (age, weight, product), hours without improvement on the
 * current treatment, days of corticosteroid so far, and the seizure, EEG and cerebral edema
 * findings (which must agree with the grade by the ASTCT 2019 table). A
 * {@link org.icans.management.ManagementPolicy} turns it into a {@link org.icans.management.Plan}:
 * typed actions ({@code org.icans.management.action}) with doses computed from the source's
 * per-kilogram rule and cap ({@code org.icans.management.dosing}), each citing its source and its
 * verification status, and {@link org.icans.management.Silence silences} where the source says
 * nothing or could not be verified. A plan prints as text for a person and as JSON.
 *
 * <p>{@link org.icans.management.ManagementPolicies} lists the built-in policies by id: ASCO 2021
 * ({@code asco-2021}), CARTOX 2018 where verified ({@code cartox-2018}), the CD3xCD20 bispecific
 * consensus ({@code crombie-2024}), the teclistamab label ({@code teclistamab-label}), and the three
 * seeds that give management advice ({@code droracle-2026}, {@code pharmacy-pearls}, {@code
 * cevering-2026}). It chooses a default for a situation (never a policy whose advice needs review,
 * never a secondary source) and compares policies side by side
 * ({@link org.icans.management.PlanComparison}). The plan audit
 * ({@link org.icans.management.PlanAudit}) checks any plan, from a built-in policy or written
 * elsewhere, against rules that hold across sources: no tocilizumab for ICANS without CRS, no dose
 * above its cap, corticosteroids for 10 days or more flagged, no corticosteroid premedication before
 * a CAR T-cell infusion, no implausible advice used without review. A finding names its rule and
 * sources and, where the plan departs from a rule because its own source says so, that source.
 *
 * <p>Beside the API and package-private, one concern a file: the policy engine (a table of cited
 * action templates, the row conditions, the safety layer every plan passes), the policy data (one
 * class per source), and the text and JSON renderers of plans, comparisons and audits.
 *
 * <p>Example:
 * <pre>{@code
 * Situation s = Situation.builder().icansGrade(3).crsGrade(0).ageYears(60).weightKg(70)
 *     .product(Product.of("axicabtagene ciloleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19)).build();
 * Plan plan = ManagementPolicies.require("asco-2021").plan(s);
 * System.out.println(plan.toText());
 * AuditReport audit = PlanAudit.audit(plan);
 * System.out.println(ManagementPolicies.compare(s, List.of("asco-2021", "droracle-2026")).toJson());
 * }</pre>
 *
 * <p>Clinical facts come only from the project's {@code reference/management-risk.md} and the
 * seeds; facts tagged U there are not encoded (the plan states a "not verified" silence instead).
 * Sources and project choices are in {@link org.icans.management.ManagementSources}. A plan states
 * what a source says; it is not an order.
 */
package org.icans.management;
