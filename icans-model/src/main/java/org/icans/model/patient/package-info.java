/**
 * The patient context that grading, management and risk need: age and developmental delay (which
 * choose the encephalopathy tool), weight (per-kilogram doses) and the product received (CAR T
 * cells or a bispecific antibody, and its target antigen).
 */
package org.icans.model.patient;
