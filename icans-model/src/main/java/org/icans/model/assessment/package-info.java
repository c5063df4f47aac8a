/**
 * One bedside assessment. Entry point: {@link org.icans.model.assessment.Assessment}, built with
 * {@code Assessment.builder()}: who (patient identifier and {@link org.icans.model.patient.Patient}),
 * when (the day relative to the infusion, day 0; down to day -30 for lymphodepletion) and what was
 * found of ICANS ({@link org.icans.model.icans.IcansObservation}) and of CRS
 * ({@link org.icans.model.crs.CrsObservation}).
 *
 * <p>Rules: both observations start as not assessed, never as normal; the patient identifier is
 * not blank; the day is finite. This is the unit the grader grades and a course is made of.
 */
package org.icans.model.assessment;
