package org.icans.cli.output;

import org.icans.model.Coded;

/**
 * The form of the output records: CSV for people and spreadsheets, JSON Lines for programs, FHIR R4
 * for hospital systems ({@code grade} only: it reads FHIR and writes FHIR).
 */
public enum OutputFormat implements Coded {
  /** CSV with a header line, quoted as RFC 4180 requires, LF line ends. */
  CSV("csv"),
  /** One JSON object per line, no header; errors on standard error become JSON objects too. */
  JSONL("jsonl"),
  /** {@code grade} only: reads a FHIR R4 Bundle or NDJSON and writes a Bundle of grade Observations. */
  FHIR("fhir");

  private final String code;

  OutputFormat(String code) {
    this.code = code;
  }

  /** The code that selects the format on the command line: {@code csv}, {@code jsonl}, {@code fhir}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The format with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code format})
   *     naming the code and every allowed code
   */
  public static OutputFormat fromCode(String code) {
    return Coded.fromCode(OutputFormat.class, "format", code);
  }
}
