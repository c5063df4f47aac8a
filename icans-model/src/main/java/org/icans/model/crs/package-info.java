/**
 * Cytokine release syndrome as the ASTCT 2019 consensus observes it. Entry point: {@link
 * org.icans.model.crs.CrsObservation}, built with {@code CrsObservation.builder()}: fever and its
 * masking by antipyretic or anti-cytokine therapy, {@link org.icans.model.crs.Hypotension} and the
 * support it needs, hypoxia and the {@link org.icans.model.crs.OxygenSupport} (device and flow) it
 * needs, and the signs attributed to another cause.
 *
 * <p>Rules: a sign not given is not assessed, never absent; a nasal cannula needs its flow, and an
 * unknown device takes none; support recorded as unknown stays unknown (the grader counts it as a
 * lower bound). CRS usually precedes ICANS and is graded independently of it; grading itself lives
 * in {@code org.icans.grading}.
 */
package org.icans.model.crs;
