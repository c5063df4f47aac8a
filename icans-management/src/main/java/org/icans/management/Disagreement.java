package org.icans.management;

import org.icans.model.evidence.Citation;

/**
 * A policy's source stating the opposite of a rule the plan audit holds across sources, so that
 * the audit's finding can name the source and quote it.
 *
 * @param ruleCode the audit rule's code (for example {@code "prolonged_corticosteroids"})
 * @param statement what the source says
 * @param source where it says it
 */
record Disagreement(String ruleCode, String statement, Citation source) {}
