/** Days relative to infusion and the calendar day they lie on (not exported). */
package org.icans.risk.internal.time;
