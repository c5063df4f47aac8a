/**
 * Reading RFC 4180 CSV at the byte level. Entry point: {@link org.icans.cli.csv.CsvReader}: records and fields as views into a buffer, physical line
 * numbers, quoting faults reported per record, and a second thread that reads ahead.
 */
package org.icans.cli.csv;
