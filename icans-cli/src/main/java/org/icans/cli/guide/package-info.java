/**
 * The clinical command {@code icans guide}: symptom triage, the wallet card and the home sheet for
 * patients, and the clinician's differential, from the guidance of {@code icans-management}.
 * Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.guide;
