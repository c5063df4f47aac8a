/**
 * The ASTCT 2019 ICANS grade of one observation: {@link org.icans.grading.icans.IcansGrader}
 * grades, {@link org.icans.grading.icans.IcansGrade} explains (grade, domains, drivers, rules and
 * sources, completeness), and {@link org.icans.grading.icans.IcansBatch} grades encoded
 * observations in bulk with the same results.
 */
package org.icans.grading.icans;
