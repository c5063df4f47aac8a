/**
 * The graded rows of a file gathered by patient ({@link org.icans.cli.course.Cohort}), from which
 * {@code summarize} and {@code plot} build each patient's course with the library's course API.
 */
package org.icans.cli.course;
