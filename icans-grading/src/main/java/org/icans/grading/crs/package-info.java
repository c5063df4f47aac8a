/**
 * The ASTCT 2019 CRS grade of one observation: {@link org.icans.grading.crs.CrsGrader} grades,
 * {@link org.icans.grading.crs.CrsGrade} explains.
 *
 * <p>Rules (LEE19 CRS table, choices G-9 to G-11): without fever, and without fever masked by
 * therapy, there is no CRS; otherwise the grade is the worse of hypotension and hypoxia by the
 * support each needs; a sign attributed to another cause is left out; a sign recorded without its
 * support counts at grade 2 and makes the grade a lower bound; the grade is complete exactly when
 * more information could not change it (the file contract's {@code crs_complete} rule).
 */
package org.icans.grading.crs;
