/** The UCUM adapter (not exported): parsing, validation and conversion factors, cached and thread-safe. */
package org.icans.risk.internal.units;
