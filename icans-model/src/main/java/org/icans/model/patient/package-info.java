/**
 * The patient context. Entry point: {@link org.icans.model.patient.Patient} ({@code
 * Patient.aged(54)} or its builder). It holds what grading, management and risk need: age and
 * developmental delay (which
 * choose the encephalopathy tool), weight (per-kilogram doses) and the product received (CAR T
 * cells or a bispecific antibody, and its target antigen), and the {@link
 * org.icans.model.patient.LabelEra label era} whose driving and proximity advice applies, stated by
 * the caller.
 */
package org.icans.model.patient;
