/**
 * The course of ICANS and CRS over time in one patient: maximum grade, onset, peak, episodes,
 * resolution and duration, and how ICANS onset relates to CRS, as trials and registries report them.
 */
package org.icans.grading.course;
