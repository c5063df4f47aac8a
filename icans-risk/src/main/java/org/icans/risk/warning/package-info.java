/**
 * Early warnings of severe ICANS from the course after infusion. Entry point: {@link
 * org.icans.risk.warning.EarlyWarnings}. The warnings (reference B2): temperature 38.9 C
 * or more with IL-6 above 16 pg/mL within 36 h; IL-6 of 501 pg/mL or more within the first 6 days;
 * day-3 ferritin at the published 2,000 and 4,000 ng/mL points; CRS beginning within 3 days;
 * severe CRS; early fever of 38 C or more. Each warning says what was found, when, what it meant in
 * its source, and the source; each fires only inside its {@link
 * org.icans.risk.warning.WarningWindow time window}. IL-6 drawn after tocilizumab is left out and
 * said so.
 */
package org.icans.risk.warning;
