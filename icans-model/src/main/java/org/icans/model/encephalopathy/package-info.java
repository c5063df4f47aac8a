/**
 * The encephalopathy tools of the ASTCT ICANS consensus. Entry points: {@link
 * org.icans.model.encephalopathy.IceScore} (the ICE screen, 10 points, patients aged 12 or more;
 * from a total or from its {@link org.icans.model.encephalopathy.IceTasks}) and {@link
 * org.icans.model.encephalopathy.CapdScore} (the Cornell Assessment of Pediatric Delirium, 0-32,
 * children under 12 and patients with developmental delay; from a total, from its eight
 * {@link org.icans.model.encephalopathy.CapdAnswers}, or unable to perform).
 *
 * <p>These types only record and add up; which tool applies to a patient, and what a score means
 * for the ICANS grade, is decided in {@code org.icans.grading}.
 */
package org.icans.model.encephalopathy;
