package org.icans.model.icans;

/**
 * A finding of the elevated intracranial pressure / cerebral edema domain of ICANS (Lee DW et al.
 * 2019, ASTCT table; seed 002 Table 2). Edema of an intracranial hemorrhage is not an ICANS
 * finding (consensus footnote): record it as attributed to another cause.
 */
public enum IcpFinding {
  /** Focal or local edema on neuroimaging (grade 3). */
  FOCAL_EDEMA,
  /** Diffuse cerebral edema on neuroimaging (grade 4). */
  DIFFUSE_EDEMA,
  /** Decerebrate or decorticate posturing (grade 4). */
  POSTURING,
  /** Cranial nerve VI (abducens) palsy (grade 4). */
  CN6_PALSY,
  /** Papilledema (grade 4). */
  PAPILLEDEMA,
  /** Cushing's triad (grade 4). */
  CUSHING_TRIAD
}
