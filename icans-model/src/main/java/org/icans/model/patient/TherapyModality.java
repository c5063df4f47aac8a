package org.icans.model.patient;

/** The kind of immune effector cell therapy that can cause ICANS. */
public enum TherapyModality {
  /** Chimeric antigen receptor (CAR) T cells. */
  CAR_T_CELL,
  /** A bispecific T-cell engaging antibody (for example CD3 x BCMA, CD3 x CD20). */
  BISPECIFIC_T_CELL_ENGAGER
}
