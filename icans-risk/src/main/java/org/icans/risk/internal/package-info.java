/**
 * Implementation details of {@code org.icans.risk}, not exported: the UCUM adapter, the CSV
 * tokenizer, the JSON writer and number formatting. Nothing here is API.
 */
package org.icans.risk.internal;
