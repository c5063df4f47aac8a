/** An RFC 4180 CSV tokenizer that keeps line numbers (not exported). */
package org.icans.risk.internal.csv;
