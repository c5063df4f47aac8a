package org.icans.management.dosing;

/** Whether a rule's amount (and cap) is for each dose or for a whole day. */
public enum DoseBasis {
  /** The amount is given at each dose ("10 mg every 6 h"). */
  PER_DOSE,
  /** The amount is the total for 24 hours ("methylprednisolone 1-2 mg/kg/day", "1,000 mg/day"). */
  PER_DAY
}
