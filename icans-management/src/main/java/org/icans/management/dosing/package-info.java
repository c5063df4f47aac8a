/**
 * Dosing as data. Entry point: {@link org.icans.management.dosing.DoseRule}, a source's dose rule,
 * and the {@link org.icans.management.dosing.Dose} it gives for a patient's weight. It covers the
 * drugs that ICANS and CRS guidance names, their routes, a source's dose rule
 * exactly as structured numbers (amount, per-kilogram or fixed, cap, weight band, interval, maximum
 * doses per 24 hours and in total, duration, taper, and the source's own words), and the dose a rule
 * gives for a patient's weight.
 *
 * <p>A rule is never merged with another source's rule: dexamethasone "10 mg every 6 hours" and
 * "10 mg every 6 to 12 hours" are two rules from two sources. Per-kilogram doses use actual body
 * weight and stop at the rule's cap; a rule that states no cap has none, and the plan audit
 * ({@link org.icans.management.PlanAudit}) checks such doses against the caps that hold across sources.
 * All amounts are in milligrams.
 */
package org.icans.management.dosing;
