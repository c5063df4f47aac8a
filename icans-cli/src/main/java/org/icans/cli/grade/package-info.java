/**
 * {@code icans grade}: one output record per graded row, as CSV or JSON Lines, streamed. Entry
 * point: {@link org.icans.cli.grade.Grade}, the command line, which hands a FHIR input to {@code
 * org.icans.cli.fhir}; every grade comes from {@code icans-grading}.
 */
package org.icans.cli.grade;
