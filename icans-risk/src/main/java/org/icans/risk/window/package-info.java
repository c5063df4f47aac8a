/**
 * The expected window ({@link org.icans.risk.window.ExpectedWindow}): typical onset, how long to
 * watch, and proximity and driving advice by label era ({@link org.icans.risk.window.LabelEra}:
 * REMS era, and after the REMS removal announced 27 June 2025), each statement with its source.
 */
package org.icans.risk.window;
