/**
 * What was observed, and when. Entry point: {@link org.icans.risk.observation.Measurement}: lab values and temperatures with explicit UCUM units ({@link
 * org.icans.risk.observation.Measurement}), CRS grades ({@link
 * org.icans.risk.observation.CrsGradeAt}), on the time line relative to the infusion ({@link
 * org.icans.risk.observation.TimePoint}, day 0 = infusion day).
 *
 * <p>Units are the trap of every published ICANS marker (reference B4): CRP in mg/L is ten times
 * the same CRP in mg/dL, platelets per microlitre a thousand times the count in 10^9/L. Every value
 * is therefore given with its UCUM unit, parsed and converted with the {@code org.fhir:ucum}
 * library to the unit the formulas use; a value without a unit, or in one that does not convert, is
 * refused with the analyte, the unit and the units allowed. A value that converts must then lie in
 * its analyte's {@link org.icans.risk.observation.PlausibleRange} ([P]: a project safety rule, not a
 * clinical reference range), so that a number written in the wrong unit (CRP mg/L as mg/dL,
 * platelets per microlitre as 10^9/L) is refused as a probable unit mix-up instead of scored.
 */
package org.icans.risk.observation;
