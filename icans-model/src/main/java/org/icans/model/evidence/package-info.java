/**
 * Citations: every clinical rule, threshold and dose in the library names its source and how
 * firmly it is established, so that a result can be traced back to the literature.
 */
package org.icans.model.evidence;
