/**
 * Graded assessments and their course over time. Entry points: {@link
 * org.icans.grading.course.GradedAssessment#of(org.icans.model.assessment.Assessment)}, one
 * assessment with its ICANS and CRS grades, and {@link
 * org.icans.grading.course.PatientCourse#of(java.util.List)}, the course of one patient: maximum
 * grade, onset, peak, episodes, resolution and duration, and how ICANS onset relates to CRS, as
 * trials and registries report them.
 *
 * <p>Rules: a day without a grade (nothing gradeable observed) is never counted as grade 0; an
 * episode begins at grade 1 or more and resolves at the first later assessment graded 0; days
 * are relative to the infusion (day 0), same-day assessments keep their input order.
 */
package org.icans.grading.course;
