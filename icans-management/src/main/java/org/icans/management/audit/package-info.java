/**
 * The plan audit: checks any plan, from a built-in policy or written elsewhere, against rules that
 * hold across sources. No tocilizumab for ICANS without CRS (it does not cross the blood-brain
 * barrier and may worsen ICANS); no dose above its cap for any weight (the rule's own cap, and
 * tocilizumab at most 800 mg a dose); corticosteroids for 10 days or more flagged (worse survival,
 * CMV and fungal infection; antifungal prophylaxis advised); no corticosteroid premedication before
 * a CAR T-cell infusion; and no advice kept as written although implausible used without review.
 *
 * <p>A finding names the rule and its sources, and, where the plan departs from the rule because
 * its own source says so, that source: the audit does not decide between sources, it shows where
 * they part.
 */
package org.icans.management.audit;
