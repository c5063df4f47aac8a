/**
 * The ASTCT 2019 CRS grade of one observation: {@link org.icans.grading.crs.CrsGrader} grades,
 * {@link org.icans.grading.crs.CrsGrade} explains.
 */
package org.icans.grading.crs;
