/** Locale-independent number formatting (not exported). */
package org.icans.risk.internal.text;
