/**
 * Writing. Entry points: {@link org.icans.cli.output.ByteSink}, buffered bytes with CSV and JSON
 * quoting, and {@link org.icans.cli.output.ErrorReport}, the report of faults on standard error;
 * and the output formats.
 */
package org.icans.cli.output;
