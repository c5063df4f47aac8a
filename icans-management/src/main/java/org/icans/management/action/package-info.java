/**
 * The typed actions of a management plan. Entry point: {@link
 * org.icans.management.action.Action}, each with the source it comes from and how firmly that
 * source is established: a {@link org.icans.management.action.Medication} (drug, computed dose,
 * route, interval, caps, duration, taper), {@link org.icans.management.action.Monitoring} (what, how
 * often, how long), a {@link org.icans.management.action.Workup} (MRI, EEG, lumbar puncture,
 * fundoscopy), a {@link org.icans.management.action.LevelOfCare} (ICU, admission), a
 * {@link org.icans.management.action.SupportiveCare} measure, and a
 * {@link org.icans.management.action.Caution} (things to avoid, risks to weigh).
 *
 * <p>Every action carries a {@link org.icans.management.action.Basis}: the citation, whether the
 * source recommends it or says to consider it, the condition the source attaches ("for high-risk
 * products"), the alternatives it belongs to ("dexamethasone or methylprednisolone"), and, for a
 * statement kept exactly as a source wrote it although it is implausible, a review note. Actions
 * are immutable records.
 */
package org.icans.management.action;
