/**
 * Reading risk inputs from files: {@link org.icans.risk.io.RiskInputCsv} reads the long-format CSV
 * (one observation per row, the unit in its own column) into one {@link
 * org.icans.risk.report.RiskInput} per patient, reporting each bad row as a {@link
 * org.icans.risk.io.RowError} with its line, column, analyte, value and what is allowed. A
 * command-line tool is a thin wrapper around it.
 */
package org.icans.risk.io;
