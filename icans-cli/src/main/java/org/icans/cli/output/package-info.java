/**
 * Writing: buffered bytes with CSV and JSON quoting, the output formats, and the report of faults
 * on standard error.
 */
package org.icans.cli.output;
