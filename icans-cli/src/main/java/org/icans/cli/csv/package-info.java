/**
 * Reading RFC 4180 CSV at the byte level: records and fields as views into a buffer, physical line
 * numbers, quoting faults reported per record, and a second thread that reads ahead.
 */
package org.icans.cli.csv;
