/**
 * Coming next (not yet implemented): named, cited guideline policies (ASCO 2021, CARTOX 2018, the
 * CD3xCD20 bispecific consensus, product labels, the seeds) that turn an ICANS and CRS grade and
 * the clinical context into a plan of typed actions with computed doses, a side-by-side comparison
 * of policies, and an audit of any plan against rules that hold across sources.
 */
package org.icans.management;
