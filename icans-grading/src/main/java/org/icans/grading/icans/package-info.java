/**
 * The ASTCT 2019 ICANS grade of one observation: {@link org.icans.grading.icans.IcansGrader}
 * grades, {@link org.icans.grading.icans.IcansGrade} explains (grade, domains, drivers, rules and
 * sources, completeness), and {@link org.icans.grading.icans.IcansBatch} grades encoded
 * observations in bulk with the same results.
 *
 * <p>Rules (LEE19 ICANS table): the encephalopathy tool is ICE from age 12 and CAPD under 12 or with
 * developmental delay (choice G-1); the grade is the most severe domain not attributable to another
 * cause; tremor and myoclonus never count; a domain not assessed makes the grade a lower bound
 * (choice G-7), and nothing gradeable gives no grade.
 */
package org.icans.grading.icans;
