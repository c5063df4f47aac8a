package org.icans.cli.output;

import java.io.IOException;

/** The output could not be written (standard output closed, disk full), as opposed to the input failing. */
public final class OutputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** A failure to write, with its cause when the stream gave one. */
  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
