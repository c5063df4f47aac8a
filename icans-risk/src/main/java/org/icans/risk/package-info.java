/**
 * Coming next (not yet implemented): biomarker scores with explicit units (EASIX, simplified
 * EASIX, m-EASIX, EASIX-pre), early warnings from temperature, labs and the CRS course, product
 * baselines, and a patient's risk report, each number with its formula, cut-off and source.
 */
package org.icans.risk;
