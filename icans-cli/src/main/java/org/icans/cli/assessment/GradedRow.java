package org.icans.cli.assessment;

import java.nio.charset.StandardCharsets;

/**
 * What the output needs of a graded row besides its grades: where it is in the file, the patient id
 * and the day, the last two as the bytes written in the input. A view, valid only during the call
 * that receives it.
 */
public interface GradedRow {
  /** The physical line on which the row starts. */
  long line();

  /** The buffer holding the patient id's and the day's bytes. */
  byte[] buffer();

  /** Where the patient id's UTF-8 bytes start in {@link #buffer()}. */
  int patientIdStart();

  /** Where the patient id's bytes end (exclusive). */
  int patientIdEnd();

  /** Where the day's text, as written in the input, starts in {@link #buffer()}. */
  int dayStart();

  /** Where the day's text ends (exclusive). */
  int dayEnd();

  /** Days since the first infusion. */
  double day();

  /** The patient id as text. */
  default String patientId() {
    return new String(buffer(), patientIdStart(), patientIdEnd() - patientIdStart(), StandardCharsets.UTF_8);
  }
}
