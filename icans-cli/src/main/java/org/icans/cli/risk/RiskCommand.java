package org.icans.cli.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.icans.cli.command.MemoryGuard;
import org.icans.cli.args.IcansCommand;
import org.icans.cli.plan.Console;
import org.icans.cli.plan.TextOrJson;
import org.icans.model.InvalidValueException;
import org.icans.risk.report.RiskAssessor;
import org.icans.risk.report.RiskInput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code icans risk}: reads a risk input file ({@link RiskInputCsv}, the format of
 * {@code icans-risk/README.md}), reports every row it leaves out on standard error, and prints the
 * risk report of every patient ({@link RiskAssessor}) as text, or as JSON Lines (one object per
 * patient and line).
 *
 * <p>The input is read twice: first for the line of each patient's last row, then for the
 * reports, each printed as soon as its patient's rows are read, so that memory holds only the
 * patients still open (one when a patient's rows are together). Standard input and pipes, which
 * cannot be read twice, are first copied as they are to a temporary file (deleted at the end), and
 * that file is read twice: memory is the same as for a regular file, disk the size of the input.
 * One instance per command line; {@link #run} uses only the streams it is given, the file it names
 * and its own temporary file.
 */
@Command(name = RiskCommand.NAME,
    description = {
      "A risk report per patient from a file of labs with units (risk input CSV).",
      "",
      "Prints the ICANS risk report of every patient of FILE: EASIX, simplified EASIX, m-EASIX and EASIX-pre, "
          + "early warnings, risk factors, the product's baseline and the expected window, every figure with its "
          + "source. FILE is a risk input CSV (icans-risk/README.md): UTF-8, header "
          + "patient_id,day,hours_after_infusion,analyte,value,unit, one observation per row with its UCUM unit."},
    exitCodeList = {
      "0:every row was read and every report printed",
      "2:some rows break the format: each is reported on standard error with its line, column, analyte, value "
          + "and what is allowed (a lab value outside its plausible range is refused as a probable unit "
          + "mix-up), and the reports of every other row were printed",
      "1:the file cannot be read (no such file, unusable header, not UTF-8), --patient names no patient of "
          + "the file, or the command line is wrong"},
    footer = "The report informs monitoring with what the cited sources say; it is not medical advice.")
public final class RiskCommand extends IcansCommand {
  /** The command word. */
  public static final String NAME = "risk";

  static final String PATIENT = "--patient";

  @Option(names = PATIENT, paramLabel = "ID", description = "only the report of this patient")
  private String patient;

  @Option(names = "--format", paramLabel = "text|json", converter = TextOrJson.Converter.class,
      description = "text for people (the default), or JSON Lines: one JSON object per patient and line; the row "
          + "errors on standard error become JSON Lines too")
  private TextOrJson format = TextOrJson.TEXT;

  @Parameters(paramLabel = "FILE", arity = "1", description = "the risk input file; - reads standard input")
  private String file;

  /** The command line of {@code icans risk}; picocli fills it. */
  public RiskCommand() {}

  /**
   * Runs {@code icans risk}.
   *
   * @param in standard input, read when FILE is {@code -} (not closed)
   * @param out standard output: the reports
   * @param err standard error: the rows left out, and what makes the input unusable
   * @return the exit status: 0 every row read, 2 some rows reported, 1 unusable input
   */
  @Override
  protected int run(InputStream in, PrintStream out, PrintStream err) {
    boolean json = format == TextOrJson.JSON;
    boolean stdin = file.equals("-");
    String source = stdin ? "standard input" : file;
    Reports reports = new Reports(source, json, Optional.ofNullable(patient), out, err);
    MemoryGuard.working(() -> "risk: the rows of the patients whose last row is not yet read (" + reports.patients
        + " reports printed so far)");
    Path copy = null;
    try {
      Path path = stdin ? null : Path.of(file);
      if (path == null || !Files.isRegularFile(path)) {
        // Standard input and pipes cannot be read twice: keep a copy of the bytes, as they are, to
        // read twice like a regular file (memory bounded by the patients still open).
        copy = spool(stdin ? in : null, path);
        path = copy;
      }
      // First the line of each patient's last row, so that a patient's report is printed as soon
      // as its rows are read and memory holds only the patients still open.
      Map<String, Long> lastLines;
      try (InputStream input = Files.newInputStream(path)) {
        lastLines = RiskInputCsv.lastLines(input);
      }
      try (InputStream input = Files.newInputStream(path)) {
        RiskInputCsv.read(input, lastLines, reports);
      }
    } catch (SpoolException e) {
      return Console.fail(err, NAME, source + ": cannot be read: cannot keep a copy in a temporary file ("
          + e.getCause().getMessage() + "); save the input to a file and name it");
    } catch (InvalidValueException e) {
      return Console.fail(err, NAME, source + ": " + e.field() + ": " + e.value() + " is not allowed; allowed: "
          + e.allowed());
    } catch (NoSuchFileException e) {
      return Console.fail(err, NAME, source + ": cannot be read: no such file");
    } catch (AccessDeniedException e) {
      return Console.fail(err, NAME, source + ": cannot be read: permission denied");
    } catch (InvalidPathException e) {
      return Console.fail(err, NAME, source + ": cannot be read: not a valid path (" + e.getReason() + ")");
    } catch (CharacterCodingException e) {
      return Console.fail(err, NAME, source + ": cannot be read: not valid UTF-8 (save the file as UTF-8)");
    } catch (IOException e) {
      return Console.fail(err, NAME, source + ": cannot be read: " + e.getMessage());
    } finally {
      deleteQuietly(copy);
    }
    if (patient != null && reports.printed == 0) {
      return Console.fail(err, NAME, PATIENT + ": '" + patient + "' is not allowed; allowed: a patient "
          + "of " + source + (reports.ids.isEmpty() ? " (it has none)" : ", one of " + String.join(", ", reports.ids)));
    }
    if (reports.errors > 0 && !json) {
      Console.print(err, "icans risk: " + source + ": " + reports.errors + (reports.errors == 1 ? " row" : " rows")
          + " left out because of the errors above; every other row was read\n");
    }
    return Console.finish(out, err, NAME, reports.errors == 0 ? Console.OK : Console.ROWS_REPORTED);
  }

  /**
   * Prints each patient's report as the reader hands the patient on, and each row error as it is
   * found; keeps only counts (and, for {@code --patient}, the ids seen, for the message when the
   * patient is not in the file).
   */
  private static final class Reports implements RiskInputCsv.Listener {
    final String source;
    final boolean json;
    final Optional<String> patient;
    final PrintStream out;
    final PrintStream err;
    final List<String> ids = new ArrayList<>();
    long patients;
    long printed;
    long errors;

    Reports(String source, boolean json, Optional<String> patient, PrintStream out, PrintStream err) {
      this.source = source;
      this.json = json;
      this.patient = patient;
      this.out = out;
      this.err = err;
    }

    @Override
    public void patient(RiskInput i) {
      patients++;
      if (patient.isPresent()) {
        if (!i.patientId().equals(patient.get())) {
          ids.add(i.patientId());
          return;
        }
      }
      String report = json ? compact(RiskAssessor.assess(i).toJson()) + "\n" : RiskAssessor.assess(i).toText();
      Console.print(out, (printed == 0 || json ? "" : "\n") + report);
      printed++;
    }

    @Override
    public void rowError(RowError e) {
      errors++;
      Console.print(err, json ? jsonError(source, e) : textError(source, e));
    }
  }

  /** The temporary copy of an input that cannot be read twice could not be made. */
  private static final class SpoolException extends IOException {
    private static final long serialVersionUID = 1L;

    SpoolException(IOException cause) {
      super(cause);
    }
  }

  /**
   * A temporary file (owner-only, in {@code java.io.tmpdir}) holding the bytes of {@code in}, or of
   * the file at {@code path} when {@code in} is null (a pipe), as they are.
   *
   * @throws IOException ({@link NoSuchFileException} and the like) when {@code path} cannot be opened
   * @throws SpoolException when the copy cannot be made, read or written
   */
  private static Path spool(InputStream in, Path path) throws IOException {
    try (InputStream source = in != null ? null : Files.newInputStream(path)) {
      Path copy;
      try {
        copy = Files.createTempFile("icans-risk-", ".csv");
      } catch (IOException e) {
        throw new SpoolException(e);
      }
      boolean copied = false;
      try (OutputStream out = Files.newOutputStream(copy)) {
        (in != null ? in : source).transferTo(out);
        copied = true;
      } catch (IOException e) {
        throw new SpoolException(e);
      } finally {
        if (!copied) {
          deleteQuietly(copy);
        }
      }
      return copy;
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Nothing more to do: the file is in the system's temporary directory.
    }
  }

  /**
   * {@code labs.csv, line 3, column unit (analyte crp): value "mg" is not allowed; allowed: ...}; the
   * analyte is named whenever the row names one ({@link RowError#location()}).
   */
  static String textError(String source, RowError e) {
    return source + ", " + e.location() + ": value " + quoted(e.value()) + " is not allowed; allowed: " + e.allowed()
        + "\n";
  }

  /**
   * {@code {"source":...,"line":3,"column":"unit","analyte":"crp","value":"mg","allowed":"..."}};
   * column null for the whole row, analyte null when the row names none.
   */
  static String jsonError(String source, RowError e) {
    return "{\"source\":" + quoted(source) + ",\"line\":" + e.line() + ",\"column\":"
        + (e.column().equals("-") ? "null" : quoted(e.column())) + ",\"analyte\":"
        + (e.analyte().isEmpty() ? "null" : quoted(e.analyte())) + ",\"value\":" + quoted(e.value())
        + ",\"allowed\":" + quoted(e.allowed()) + "}\n";
  }

  /**
   * The value in double quotes, with quotes, backslashes and control characters escaped, so that a
   * message stays on one line: also a JSON string.
   */
  private static String quoted(String value) {
    StringBuilder s = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        s.append('\\').append(c);
      } else if (c < 0x20) {
        s.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.append('"').toString();
  }

  /**
   * A pretty-printed JSON text on one line: the white space between tokens removed. Strings are
   * kept as they are (JSON strings hold no raw line break).
   */
  static String compact(String json) {
    StringBuilder s = new StringBuilder(json.length());
    boolean inString = false;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      if (inString) {
        s.append(c);
        if (c == '\\') {
          s.append(json.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
        s.append(c);
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        s.append(c);
      }
    }
    return s.toString();
  }
}
