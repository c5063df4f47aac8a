package org.icans.model.icans;

import org.icans.model.Coded;

/**
 * A finding of the elevated intracranial pressure / cerebral edema domain of ICANS (Lee DW et al.
 * 2019, ASTCT table; seed 002 Table 2). Edema of an intracranial hemorrhage is not an ICANS
 * finding (consensus footnote): record it as attributed to another cause.
 */
public enum IcpFinding implements Coded {
  /** Focal or local edema on neuroimaging (grade 3). */
  FOCAL_EDEMA("focal_edema"),
  /** Diffuse cerebral edema on neuroimaging (grade 4). */
  DIFFUSE_EDEMA("diffuse_edema"),
  /** Decerebrate or decorticate posturing (grade 4). */
  POSTURING("posturing"),
  /** Cranial nerve VI (abducens) palsy (grade 4). */
  CN6_PALSY("cn6_palsy"),
  /** Papilledema (grade 4). */
  PAPILLEDEMA("papilledema"),
  /** Cushing's triad (grade 4). */
  CUSHING_TRIAD("cushing_triad");

  private final String code;

  IcpFinding(String code) {
    this.code = code;
  }

  /** The stable code, as files and command lines write it: {@code focal_edema}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The ICP finding with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code icpFinding})
   *     naming the code and every allowed code
   */
  public static IcpFinding fromCode(String code) {
    return Coded.fromCode(IcpFinding.class, "icpFinding", code);
  }
}
