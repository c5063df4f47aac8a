package org.icans.model.icans;

/**
 * The five domains of the ASTCT 2019 ICANS grade (Lee DW et al., Biol Blood Marrow Transplant
 * 2019;25:625-638, adult and pediatric tables; seed 002 Table 2). The grade is the worst of them
 * that is not attributable to another cause.
 */
public enum IcansDomain {
  /** Encephalopathy, measured by the ICE score (age 12 or more) or the CAPD (younger, or with developmental delay). */
  ENCEPHALOPATHY,
  /** Depressed level of consciousness. */
  CONSCIOUSNESS,
  /** Clinical or electrographic seizures. */
  SEIZURE,
  /** Motor findings: deep focal motor weakness (tremor and myoclonus are recorded, never graded). */
  MOTOR,
  /** Elevated intracranial pressure or cerebral edema. */
  ICP
}
