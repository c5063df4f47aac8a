/**
 * What is known before infusion: product profiles ({@link org.icans.risk.product.ProductProfiles})
 * with ICANS incidence (any grade, grade 3 or more), onset and duration per pivotal trial or cohort,
 * each with its grading system and source (reference B3), and the known risk factors as flags
 * ({@link org.icans.risk.product.RiskFactor}), with the sources' disagreement on age kept visible.
 * Only verified figures are recorded.
 */
package org.icans.risk.product;
