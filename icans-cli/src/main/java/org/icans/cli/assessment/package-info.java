/**
 * The assessment file contract, version 1.1. Entry point: {@link
 * org.icans.cli.assessment.AssessmentFile}, which reads a file row by row: its columns, words and number syntax, the checks of a
 * header and of each row (every fault named by line, column, value and what is allowed), the
 * model observations a row makes, and their grades.
 */
package org.icans.cli.assessment;
