/**
 * The encephalopathy tools of the ASTCT ICANS consensus: the ICE screen (10 points, patients aged
 * 12 or more) and the Cornell Assessment of Pediatric Delirium (CAPD, 0-32, children under 12 and
 * patients with developmental delay), with their tasks and items and the totals they give.
 *
 * <p>These types only record and add up; which tool applies to a patient, and what a score means
 * for the ICANS grade, is decided in {@code org.icans.grading}.
 */
package org.icans.model.encephalopathy;
