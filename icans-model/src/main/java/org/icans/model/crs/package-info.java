/**
 * Cytokine release syndrome as the ASTCT 2019 consensus observes it: fever, hypotension and the
 * support it needs, hypoxia and the oxygen device and flow it needs. CRS usually precedes ICANS
 * and is graded independently of it; grading itself lives in {@code org.icans.grading}.
 */
package org.icans.model.crs;
