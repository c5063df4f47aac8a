/**
 * The clinical command {@code icans guide}. Entry point: {@link org.icans.cli.guide.GuideCommand}:
 * symptom triage, the wallet card and the home sheet for patients, and the clinician's
 * differential, from {@code icans-guidance}.
 * Documented in {@code docs/clinical-commands.md}.
 */
package org.icans.cli.guide;
