/** {@code icans grade}: one output record per graded row, as CSV or JSON Lines, streamed. */
package org.icans.cli.grade;
