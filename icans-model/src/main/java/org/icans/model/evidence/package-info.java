/**
 * Citations. Entry point: {@link org.icans.model.evidence.Citation}: a source's key, reference,
 * the place in it and how firmly it is established ({@link org.icans.model.evidence.Evidence}).
 * Every clinical rule, threshold and dose in the library names one, so that a result can be traced
 * back to the literature. {@link org.icans.model.evidence.ConsensusSources} holds the citations
 * more than one module cites (the ASTCT 2019 consensus, the project's grading choices), once.
 */
package org.icans.model.evidence;
