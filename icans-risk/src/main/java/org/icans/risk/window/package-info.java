/**
 * The expected window ({@link org.icans.risk.window.ExpectedWindow}): typical onset, how long to
 * watch, and proximity and driving advice by label era (the model's {@link
 * org.icans.model.patient.LabelEra}: REMS era, and after the REMS removal announced 27 June 2025,
 * stated by the caller; both eras, labelled, when it is not known), each statement with its source.
 */
package org.icans.risk.window;
