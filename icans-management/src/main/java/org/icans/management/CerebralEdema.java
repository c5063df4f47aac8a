package org.icans.management;

import java.util.Locale;

/**
 * Cerebral edema and raised intracranial pressure attributed to ICANS: focal or local edema on
 * imaging is grade 3; diffuse edema, decerebrate or decorticate posturing, cranial nerve VI palsy,
 * papilledema or Cushing's triad are grade 4 (ASTCT 2019). Edema from an intracranial haemorrhage
 * is not ICANS and is not described here.
 */
public enum CerebralEdema {
  /** No edema and no sign of raised intracranial pressure. */
  NONE(0, "none"),
  /** Focal or local edema on neuroimaging (grade 3). */
  FOCAL(3, "focal edema"),
  /** Diffuse edema on imaging, or signs of raised intracranial pressure (grade 4). */
  DIFFUSE_OR_RAISED_ICP(4, "diffuse edema or raised intracranial pressure");

  private final int minimumGrade;
  private final String display;

  CerebralEdema(int minimumGrade, String display) {
    this.minimumGrade = minimumGrade;
    this.display = display;
  }

  /** The lowest ICANS grade consistent with this finding. */
  public int minimumGrade() {
    return minimumGrade;
  }

  /** For people. */
  public String display() {
    return display;
  }

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
