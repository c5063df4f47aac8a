/**
 * The neurological findings of ICANS (immune effector cell-associated neurotoxicity syndrome) as
 * the ASTCT 2019 consensus observes them: the five domains, the findings of each, attribution to
 * other causes, and death from the syndrome. Not assessed is always distinct from normal.
 */
package org.icans.model.icans;
