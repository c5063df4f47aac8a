/**
 * Patient guidance and the differential of a neurological change after CAR T-cell or bispecific
 * antibody therapy. Entry points: {@link org.icans.guidance.SymptomTriage#triage(SymptomReport)}
 * for what patients and caregivers notice at home, and {@link
 * org.icans.guidance.Differentials#forPresentation(java.util.Set)} for what a clinician must exclude
 * before calling a change ICANS. Not grading, not management, not risk: it needs only the model.
 *
 * <ul>
 *   <li>{@link org.icans.guidance.SymptomTriage}: patient-reported
 *       {@link org.icans.guidance.Symptom symptoms} (and a temperature) in, an
 *       {@link org.icans.guidance.Urgency urgency} out with the reason for each symptom,
 *       by the patient education sheet (seed 003); the sheet's signs of improvement.
 *   <li>{@link org.icans.guidance.PatientMaterials}: the wallet card and the one-page
 *       home sheet from a {@link org.icans.guidance.PatientContext}, with the driving and
 *       proximity advice of the product's {@link org.icans.model.patient.LabelEra label era}.
 *   <li>{@link org.icans.guidance.Differentials}: the clinician's checklist of what to
 *       rule out for a presentation, and what the work-up usually shows (seeds 002 and 004, the
 *       ASTCT footnotes, ASCO 2021).
 *   <li>{@link org.icans.guidance.Pitfalls}: the known pitfalls as checks.
 * </ul>
 *
 * <p>Every statement is a {@link org.icans.guidance.GuidanceLine} citing its sources
 * ({@link org.icans.guidance.GuidanceSources}); facts the references tag unverified are
 * not encoded. Documents render as plain text or Markdown with numbered sources. Symptoms, findings,
 * label eras, urgencies, pitfalls and formats have stable lower-case codes for a command line; an
 * unknown code fails with an {@link org.icans.model.InvalidValueException} listing the allowed ones.
 *
 * <p>All values are immutable and null-free; all services are stateless and thread-safe.
 */
package org.icans.guidance;
