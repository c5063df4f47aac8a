package org.icans.cli.output;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.RowError;

/**
 * Writes what went wrong to standard error: every fault of every row that was not graded, faults
 * that make the whole input unreadable, and a closing count. As text for people, one line per
 * fault, or as JSON Lines for programs.
 *
 * <p>Text lines read {@code cohort.csv, line 12, column seizure: value "mild" is not allowed;
 * allowed: one of none, rapidly_resolving, prolonged_or_repetitive}. Not thread-safe.
 */
public abstract class ErrorReport implements AssessmentFile.ErrorSink {
  /** The longest cell value quoted in a text message; longer ones are cut, with an ellipsis. */
  static final int MAX_SHOWN = 80;

  final PrintStream err;
  final String source;

  ErrorReport(PrintStream err, String source) {
    this.err = err;
    this.source = source;
  }

  /** A report for people: one line per fault, naming the input as {@code source}. */
  public static ErrorReport text(PrintStream err, String source) {
    return new Text(err, source);
  }

  /** A report for programs: one JSON object per line. */
  public static ErrorReport jsonLines(PrintStream err, String source) {
    return new Json(err, source);
  }

  /** Writes one line as UTF-8, whatever the platform's default charset. */
  void emit(byte[] utf8Line) {
    err.write(utf8Line, 0, utf8Line.length);
    err.flush();
  }

  void emit(String line) {
    emit((line + "\n").getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void rowErrors(List<RowError> errors) {
    for (RowError e : errors) {
      error(e);
    }
  }

  /** One fault. */
  public abstract void error(RowError e);

  /**
   * The faults of a header, at most {@value #MAX_HEADER_FAULTS} of them, then how many more there
   * are: a header of 100,000 unknown columns must not bury the reason in megabytes of errors.
   */
  public void headerFaults(List<RowError> faults) {
    int shown = Math.min(faults.size(), MAX_HEADER_FAULTS);
    for (int i = 0; i < shown; i++) {
      error(faults.get(i));
    }
    if (faults.size() > shown) {
      notShown(faults.get(0).line(), faults.size() - shown);
    }
  }

  /** The header faults shown before the rest are only counted. */
  public static final int MAX_HEADER_FAULTS = 20;

  /** How many more faults of the header at {@code line} there are, not shown one by one. */
  abstract void notShown(long line, int count);

  /** A fault that stops the reading: the input cannot be read (further). */
  public abstract void fatal(String message);

  /** A fault that stops the writing: the output cannot be written. */
  public abstract void outputFailed(String message);

  /** The closing count, written only when some row was not graded. */
  public abstract void finish(long rows, long rowsWithErrors);

  private static final class Text extends ErrorReport {
    Text(PrintStream err, String source) {
      super(err, source);
    }

    @Override
    public void error(RowError e) {
      StringBuilder s = new StringBuilder(source).append(", line ").append(e.line());
      if (e.wholeRow()) {
        s.append(": ").append(e.value());
      } else {
        s.append(", column ").append(e.column()).append(": value ").append(shown(e.value()));
      }
      s.append(" is not allowed; allowed: ").append(e.allowed());
      emit(s.toString());
    }

    @Override
    void notShown(long line, int count) {
      emit(source + ", line " + line + ": " + count + " more faults of the header, not shown");
    }

    @Override
    public void fatal(String message) {
      emit("icans: " + source + ": " + message);
    }

    @Override
    public void outputFailed(String message) {
      emit("icans: " + message);
    }

    @Override
    public void finish(long rows, long rowsWithErrors) {
      if (rowsWithErrors > 0) {
        emit("icans: " + source + ": " + rowsWithErrors + " of " + rows + " rows not graded because of the "
            + "errors above; every other row was graded");
      }
    }

    /** The value in quotes, with control characters escaped so that a message stays on one line. */
    static String shown(String value) {
      StringBuilder s = new StringBuilder("\"");
      int n = 0;
      for (int i = 0; i < value.length(); i++) {
        if (n++ == MAX_SHOWN) {
          s.append("...");
          break;
        }
        char c = value.charAt(i);
        switch (c) {
          case '"':
            s.append("\\\"");
            break;
          case '\\':
            s.append("\\\\");
            break;
          case '\n':
            s.append("\\n");
            break;
          case '\r':
            s.append("\\r");
            break;
          case '\t':
            s.append("\\t");
            break;
          default:
            if (c < 0x20) {
              s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
            } else {
              s.append(c);
            }
        }
      }
      return s.append('"').toString();
    }
  }

  private static final class Json extends ErrorReport {
    /** The line being written, reused for every line: no buffer is made per fault. */
    private final LineBuffer bytes = new LineBuffer();
    private final ByteSink sink = new ByteSink(bytes, 1024);

    Json(PrintStream err, String source) {
      super(err, source);
    }

    @Override
    void notShown(long line, int count) {
      line(s -> {
        s.ascii("{\"source\":");
        s.jsonString(source);
        s.ascii(",\"line\":");
        s.integer(line);
        s.ascii(",\"header_faults_not_shown\":");
        s.integer(count);
        s.write('}');
      });
    }

    @Override
    public void error(RowError e) {
      line(s -> {
        s.ascii("{\"source\":");
        s.jsonString(source);
        s.ascii(",\"line\":");
        s.integer(e.line());
        s.ascii(",\"column\":");
        if (e.column() == null) {
          s.ascii("null");
        } else {
          s.jsonString(e.column());
        }
        s.ascii(",\"value\":");
        s.jsonString(e.value());
        s.ascii(",\"allowed\":");
        s.jsonString(e.allowed());
        s.write('}');
      });
    }

    @Override
    public void fatal(String message) {
      line(s -> {
        s.ascii("{\"source\":");
        s.jsonString(source);
        s.ascii(",\"fatal\":");
        s.jsonString(message);
        s.write('}');
      });
    }

    @Override
    public void outputFailed(String message) {
      line(s -> {
        s.ascii("{\"fatal\":");
        s.jsonString(message);
        s.write('}');
      });
    }

    @Override
    public void finish(long rows, long rowsWithErrors) {
      if (rowsWithErrors > 0) {
        line(s -> {
          s.ascii("{\"source\":");
          s.jsonString(source);
          s.ascii(",\"rows\":");
          s.integer(rows);
          s.ascii(",\"rows_with_errors\":");
          s.integer(rowsWithErrors);
          s.write('}');
        });
      }
    }

    private interface Writing {
      void to(ByteSink sink) throws IOException;
    }

    private void line(Writing w) {
      bytes.reset();
      try {
        w.to(sink);
        sink.write('\n');
        sink.flush();
      } catch (IOException e) {
        throw new IllegalStateException("writing to memory cannot fail", e);
      }
      bytes.writeTo(err);
    }

    /** A growable byte buffer that hands its content on without copying it. */
    private static final class LineBuffer extends ByteArrayOutputStream {
      void writeTo(PrintStream out) {
        out.write(buf, 0, count);
        out.flush();
      }
    }
  }
}
