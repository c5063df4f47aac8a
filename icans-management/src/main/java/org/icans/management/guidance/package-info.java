/**
 * Patient guidance and the differential (in progress): symptom triage for patients and caregivers,
 * the wallet card and home sheet, the clinician's checklist of what to rule out before calling a
 * neurological change ICANS, and the known pitfalls as checks.
 */
package org.icans.management.guidance;
