package org.icans.management.action;

import org.icans.model.Coded;

/** A diagnostic test of the ICANS work-up. */
public enum WorkupTest implements Coded {
  /** MRI of the brain (with and without contrast, as the source says). */
  MRI_BRAIN("mri_brain", "MRI brain"),
  /** CT of the head (when MRI is not possible, or emergently for raised intracranial pressure). */
  CT_HEAD("ct_head", "CT head"),
  /** Neuroimaging, MRI or CT, as the source leaves open. */
  NEUROIMAGING("neuroimaging", "neuroimaging (MRI or CT)"),
  /** MRI of the spine (for focal peripheral deficits). */
  MRI_SPINE("mri_spine", "MRI spine"),
  /** Electroencephalography (routine). */
  EEG("eeg", "EEG"),
  /** Continuous EEG monitoring. */
  CONTINUOUS_EEG("continuous_eeg", "continuous EEG"),
  /** Lumbar puncture (cerebrospinal fluid, opening pressure). */
  LUMBAR_PUNCTURE("lumbar_puncture", "lumbar puncture"),
  /** Fundoscopy for papilledema. */
  FUNDOSCOPY("fundoscopy", "fundoscopy");

  private final String code;
  private final String display;

  WorkupTest(String code, String display) {
    this.code = code;
    this.display = display;
  }

  /** The test for people. */
  public String display() {
    return display;
  }

  /** The stable code, as files and command lines write it: {@code mri_brain}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The work-up test with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code workupTest})
   *     naming the code and every allowed code
   */
  public static WorkupTest fromCode(String code) {
    return Coded.fromCode(WorkupTest.class, "workupTest", code);
  }
}
