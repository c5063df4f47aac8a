package org.icans.cli.output;

/**
 * The form of the output records: CSV for people and spreadsheets, JSON Lines for programs, FHIR R4
 * for hospital systems ({@code grade} only: it reads FHIR and writes FHIR).
 */
public enum OutputFormat {
  /** CSV with a header line, quoted as RFC 4180 requires, LF line ends. */
  CSV("csv"),
  /** One JSON object per line, no header; errors on standard error become JSON objects too. */
  JSONL("jsonl"),
  /** {@code grade} only: reads a FHIR R4 Bundle or NDJSON and writes a Bundle of grade Observations. */
  FHIR("fhir");

  private final String word;

  OutputFormat(String word) {
    this.word = word;
  }

  /** The word that selects the format on the command line. */
  public String word() {
    return word;
  }

  /** The format selected by {@code word}, or null. */
  public static OutputFormat of(String word) {
    for (OutputFormat f : values()) {
      if (f.word.equals(word)) {
        return f;
      }
    }
    return null;
  }
}
