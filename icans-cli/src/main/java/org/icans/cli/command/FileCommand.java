package org.icans.cli.command;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.lang.ref.WeakReference;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.HeaderException;
import org.icans.cli.csv.CsvFormatException;
import org.icans.cli.output.ErrorReport;
import org.icans.cli.output.OutputException;
import org.icans.cli.output.OutputFormat;

/**
 * What {@code grade}, {@code summarize} and {@code plot} share: open the file, refuse it whole when its header is
 * unusable, hand every graded row to the command, report every other row, and turn the outcome into
 * the exit status of the contract (0 every row graded, 2 some rows reported, 1 unreadable).
 */
public abstract class FileCommand {
  /** Exit status: every row was graded. */
  public static final int OK = 0;
  /** Exit status: the input cannot be read at all (or the output written, or the command line is wrong). */
  public static final int UNREADABLE = 1;
  /** Exit status: some rows broke the contract and were reported; every other row was graded. */
  public static final int ROWS_REPORTED = 2;

  /** For subclasses. */
  protected FileCommand() {}

  /** Called once the header is known to be good, before the first row: returns where graded rows go. */
  protected abstract AssessmentFile.GradedRowSink begin() throws IOException;

  /**
   * What the command holds while it reads, for the message should the heap run out
   * ({@link MemoryGuard}); called only then.
   */
  protected abstract String holding();

  /**
   * Called after the last row.
   *
   * @param wholeFile false when reading stopped early on an unreadable part of the input
   */
  protected abstract void end(boolean wholeFile) throws IOException;

  /**
   * Runs the command on the file named {@code file}, or on {@code stdin} when it is {@code -}
   * (left open), reporting faults to {@code report}: a file that cannot be opened, and output that
   * cannot be written, are reported as fatal and give {@link #UNREADABLE}.
   *
   * @return the exit status
   */
  public final int runOn(String file, InputStream stdin, ErrorReport report) {
    boolean fromStdin = file.equals("-");
    try (InputStream input = fromStdin ? new NotClosing(stdin) : Files.newInputStream(Path.of(file))) {
      return run(input, report);
    } catch (OutputException e) {
      report.outputFailed(e.getMessage());
    } catch (NoSuchFileException e) {
      report.fatal("cannot be read: no such file");
    } catch (AccessDeniedException e) {
      report.fatal("cannot be read: permission denied");
    } catch (InvalidPathException e) {
      report.fatal("cannot be read: not a valid path (" + e.getReason() + ")");
    } catch (IOException e) {
      report.fatal("cannot be read: " + e.getMessage());
    }
    return UNREADABLE;
  }

  /**
   * Where the faults of reading {@code file} go: standard error, as text, or as JSON Lines when the
   * output is JSON Lines.
   */
  public static ErrorReport report(OutputFormat format, String file, PrintStream err) {
    return format == OutputFormat.JSONL ? ErrorReport.jsonLines(err, sourceName(file))
        : ErrorReport.text(err, sourceName(file));
  }

  /** How the input is named in messages: its path, or {@code standard input} for {@code -}. */
  public static String sourceName(String file) {
    return file.equals("-") ? "standard input" : file;
  }

  /**
   * Runs the command on {@code in}, reporting faults to {@code report}.
   *
   * @return the exit status
   * @throws IOException when the input cannot be read or the output written
   */
  public final int run(InputStream in, ErrorReport report) throws IOException {
    AssessmentFile file;
    try {
      file = AssessmentFile.open(in);
    } catch (HeaderException e) {
      report.headerFaults(e.problems());
      report.fatal("the header is unusable, so no row was read");
      return UNREADABLE;
    } catch (CsvFormatException e) {
      report.fatal(e.getMessage());
      return UNREADABLE;
    }
    AssessmentFile.GradedRowSink sink = begin();
    // Weakly: once the command has ended, the message must not keep the reader's buffer alive.
    WeakReference<AssessmentFile> reading = new WeakReference<>(file);
    MemoryGuard.working(() -> {
      AssessmentFile f = reading.get();
      return f == null ? holding() : holding() + "; the longest record so far needs a read buffer of "
          + (f.readBufferBytes() >> 10) + " KiB";
    });
    try {
      file.forEachRow(sink, report);
    } catch (CsvFormatException e) {
      end(false);
      report.fatal(e.getMessage() + "; reading stopped there");
      return UNREADABLE;
    }
    end(true);
    report.finish(file.rows(), file.rowsWithErrors());
    return file.rowsWithErrors() == 0 ? OK : ROWS_REPORTED;
  }

  /** Standard input belongs to the caller: reading it to the end must not close it. */
  private static final class NotClosing extends FilterInputStream {
    NotClosing(InputStream in) {
      super(in);
    }

    @Override
    public void close() {
      // The caller's stream stays open.
    }
  }
}
