package org.icans.model.patient;

import org.icans.model.Coded;

/**
 * The tumour antigen a product targets, the antigens named in the project's references
 * (reference/management-risk.md parts A2.9 and B3). The target matters for risk: ICANS is more
 * frequent and severe with CD19 than with BCMA-directed CAR T cells (seed 000; reference B2).
 */
public enum TargetAntigen implements Coded {
  CD19("CD19"),
  CD20("CD20"),
  BCMA("BCMA"),
  GPRC5D("GPRC5D");

  private final String code;

  TargetAntigen(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code CD19}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The target antigen with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code targetAntigen})
   *     naming the code and every allowed code
   */
  public static TargetAntigen fromCode(String code) {
    return Coded.fromCode(TargetAntigen.class, "targetAntigen", code);
  }
}
