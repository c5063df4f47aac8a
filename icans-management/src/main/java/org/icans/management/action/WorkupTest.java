package org.icans.management.action;

import java.util.Locale;

/** A diagnostic test of the ICANS work-up. */
public enum WorkupTest {
  /** MRI of the brain (with and without contrast, as the source says). */
  MRI_BRAIN("MRI brain"),
  /** CT of the head (when MRI is not possible, or emergently for raised intracranial pressure). */
  CT_HEAD("CT head"),
  /** Neuroimaging, MRI or CT, as the source leaves open. */
  NEUROIMAGING("neuroimaging (MRI or CT)"),
  /** MRI of the spine (for focal peripheral deficits). */
  MRI_SPINE("MRI spine"),
  /** Electroencephalography (routine). */
  EEG("EEG"),
  /** Continuous EEG monitoring. */
  CONTINUOUS_EEG("continuous EEG"),
  /** Lumbar puncture (cerebrospinal fluid, opening pressure). */
  LUMBAR_PUNCTURE("lumbar puncture"),
  /** Fundoscopy for papilledema. */
  FUNDOSCOPY("fundoscopy");

  private final String display;

  WorkupTest(String display) {
    this.display = display;
  }

  /** The test for people. */
  public String display() {
    return display;
  }

  /** The identifier used in JSON. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
