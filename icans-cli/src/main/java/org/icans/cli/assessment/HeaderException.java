package org.icans.cli.assessment;

import java.util.List;

/**
 * The header of an assessment file is unusable: an unknown, duplicated or missing required column,
 * or no header at all. Every row would be misread, so the file is refused as a whole.
 */
public final class HeaderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<RowError> problems;

  /** The header's problems, each as a {@link RowError} of the header line; at least one. */
  public HeaderException(List<RowError> problems) {
    super(problems.size() + " problem(s) in the header, first: " + problems.get(0));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found in the header. */
  public List<RowError> problems() {
    return problems;
  }
}
