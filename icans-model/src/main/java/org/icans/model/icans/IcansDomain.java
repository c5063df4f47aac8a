package org.icans.model.icans;

import org.icans.model.Coded;

/**
 * The five domains of the ASTCT 2019 ICANS grade (Lee DW et al., Biol Blood Marrow Transplant
 * 2019;25:625-638, adult and pediatric tables; seed 002 Table 2). The grade is the worst of them
 * that is not attributable to another cause.
 */
public enum IcansDomain implements Coded {
  /** Encephalopathy, measured by the ICE score (age 12 or more) or the CAPD (younger, or with developmental delay). */
  ENCEPHALOPATHY("encephalopathy"),
  /** Depressed level of consciousness. */
  CONSCIOUSNESS("consciousness"),
  /** Clinical or electrographic seizures. */
  SEIZURE("seizure"),
  /** Motor findings: deep focal motor weakness (tremor and myoclonus are recorded, never graded). */
  MOTOR("motor"),
  /** Elevated intracranial pressure or cerebral edema. */
  ICP("icp");

  private final String code;

  IcansDomain(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code encephalopathy}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The ICANS domain with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code icansDomain})
   *     naming the code and every allowed code
   */
  public static IcansDomain fromCode(String code) {
    return Coded.fromCode(IcansDomain.class, "icansDomain", code);
  }
}
