package org.icans.model.patient;

/**
 * The tumour antigen a product targets, the antigens named in the project's references
 * (reference/management-risk.md parts A2.9 and B3). The target matters for risk: ICANS is more
 * frequent and severe with CD19 than with BCMA-directed CAR T cells (seed 000; reference B2).
 */
public enum TargetAntigen {
  CD19,
  CD20,
  BCMA,
  GPRC5D
}
