/**
 * ICANS risk before and soon after infusion: who is likely to develop severe ICANS, so that the
 * team watches closer and treats earlier. Entry point: {@link
 * org.icans.risk.report.RiskAssessor#assess(org.icans.risk.report.RiskInput)}, a patient's
 * {@link org.icans.risk.report.RiskReport}.
 *
 * <p>This package holds the vocabulary every other risk package shares: {@link
 * org.icans.risk.RiskSources} (the citation of every formula, unit, cut-off, window and figure, with
 * its verification status from {@code reference/management-risk.md}), {@link
 * org.icans.risk.SourcedFact} (a statement with its source) and {@link org.icans.risk.Caveat}
 * (what the data could not show).
 *
 * <p>Packages, by clinical concept:
 * <ul>
 *   <li>{@code observation}: lab values and temperatures with explicit UCUM units, CRS grades, on
 *       the time line relative to infusion (day 0);
 *   <li>{@code score}: EASIX, simplified EASIX, m-EASIX and EASIX-pre, each with its formula,
 *       units, studied time points, cut-off where published, and source;
 *   <li>{@code warning}: early warnings from temperature, IL-6, day-3 ferritin and the CRS course,
 *       each with its time window and source;
 *   <li>{@code product}: product profiles (ICANS incidence, onset, duration per trial, with the
 *       grading system) and known risk factors;
 *   <li>{@code window}: when ICANS is expected, how long to watch, driving and proximity advice
 *       by label era;
 *   <li>{@code report}: a patient's risk report as text and JSON (the CSV input format is the
 *       command-line tool's, not this library's).
 * </ul>
 *
 * <p>Nothing here grades or treats ICANS: grading is {@code icans-grading}, treatment
 * {@code icans-management}. Facts tagged unverified in the reference are not encoded; the module
 * README lists them.
 */
package org.icans.risk;
