package org.icans.model.patient;

import org.icans.model.Coded;

/** The kind of immune effector cell therapy that can cause ICANS. */
public enum TherapyModality implements Coded {
  /** Chimeric antigen receptor (CAR) T cells. */
  CAR_T_CELL("car_t_cell"),
  /** A bispecific T-cell engaging antibody (for example CD3 x BCMA, CD3 x CD20). */
  BISPECIFIC_T_CELL_ENGAGER("bispecific_t_cell_engager");

  private final String code;

  TherapyModality(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code car_t_cell}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The therapy modality with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code therapyModality})
   *     naming the code and every allowed code
   */
  public static TherapyModality fromCode(String code) {
    return Coded.fromCode(TherapyModality.class, "therapyModality", code);
  }
}
