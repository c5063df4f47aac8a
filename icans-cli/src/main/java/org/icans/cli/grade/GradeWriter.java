package org.icans.cli.grade;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.assessment.GradedRow;
import org.icans.cli.assessment.Words;
import org.icans.cli.output.ByteSink;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrade;
import org.icans.model.crs.CrsSign;
import org.icans.model.icans.IcansDomain;

/**
 * Writes the output of {@code grade}, one record per graded row, as CSV or JSON Lines.
 *
 * <p>The columns, in order: {@code patient_id}, {@code day}, {@code icans_grade},
 * {@code icans_drivers}, {@code icans_complete}, {@code crs_grade} (the contract's), then
 * {@code icans_tool}, {@code icans_not_assessed}, {@code crs_drivers}, {@code crs_complete},
 * {@code line}, and with explanations {@code icans_explanation}, {@code crs_explanation}.
 *
 * <p>The grades are the library's shared result objects, a few hundred distinct ones in any file,
 * so the cells that depend only on a result are rendered once per distinct result and then copied
 * as bytes; the patient id, day and line are copied or written digit by digit. A row costs no
 * allocation. Not thread-safe.
 */
public abstract class GradeWriter implements AssessmentFile.GradedRowSink {
  /** The output columns without explanations. */
  public static final String[] COLUMNS = {
    "patient_id", "day", "icans_grade", "icans_drivers", "icans_complete", "crs_grade",
    "icans_tool", "icans_not_assessed", "crs_drivers", "crs_complete", "line"
  };
  /** The columns {@code --explain} adds. */
  public static final String[] EXPLANATION_COLUMNS = {"icans_explanation", "crs_explanation"};

  private static final IcansDomain[] DOMAINS = IcansDomain.values();
  private static final CrsSign[] SIGNS = CrsSign.values();

  final ByteSink out;
  final boolean explain;
  private final Map<IcansGrade, Parts> icans = new IdentityHashMap<>();
  private final Map<CrsGrade, Parts> crs = new IdentityHashMap<>();

  GradeWriter(ByteSink out, boolean explain) {
    this.out = out;
    this.explain = explain;
  }

  /** CSV with a header line; fields quoted as RFC 4180 requires; LF line ends. */
  public static GradeWriter csv(ByteSink out, boolean explain) {
    return new CsvGradeWriter(out, explain);
  }

  /** JSON Lines: one object per graded row, no header. */
  public static GradeWriter jsonLines(ByteSink out, boolean explain) {
    return new JsonGradeWriter(out, explain);
  }

  /** Writes what comes before the first row (the CSV header). */
  public abstract void begin() throws IOException;

  /**
   * The rendered cells of one result, in the format's syntax.
   *
   * @param grade the grade cell(s)
   * @param details the result's other cells
   * @param explanation the one-line explanation cell, or null without {@code --explain}
   */
  record Parts(byte[] grade, byte[] details, byte[] explanation) {}

  final Parts parts(IcansGrade g) {
    Parts p = icans.get(g);
    if (p == null) {
      p = render(g);
      icans.put(g, p);
    }
    return p;
  }

  final Parts parts(CrsGrade g) {
    Parts p = crs.get(g);
    if (p == null) {
      p = render(g);
      crs.put(g, p);
    }
    return p;
  }

  abstract Parts render(IcansGrade g);

  abstract Parts render(CrsGrade g);

  /** The domains that reached the ICANS grade, in domain order, or {@code death} for grade 5. */
  static String[] drivers(IcansGrade g) {
    if (g.diedOfIcans()) {
      return new String[] {"death"};
    }
    return domains(g.drivers()::contains);
  }

  /** The domains not assessed, in domain order. */
  static String[] notAssessed(IcansGrade g) {
    return domains(g.notAssessed()::contains);
  }

  /** The signs that decided the CRS grade, or {@code death} for grade 5. */
  static String[] drivers(CrsGrade g) {
    if (g.diedOfCrs()) {
      return new String[] {"death"};
    }
    return Arrays.stream(SIGNS).filter(g.drivers()::contains).map(GradeWriter::word)
        .toArray(String[]::new);
  }

  static String tool(IcansGrade g) {
    return g.tool().code();
  }

  private static String[] domains(Predicate<IcansDomain> in) {
    return Arrays.stream(DOMAINS).filter(in).map(Words.DOMAIN::word).toArray(String[]::new);
  }

  /** The output word of a CRS sign: its code, spelled out in the model, so that a renamed constant cannot change it. */
  static String word(CrsSign s) {
    return s.code();
  }

  /** Writes with a sink into bytes. */
  static byte[] bytes(Rendering r) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ByteSink sink = new ByteSink(bytes);
    try {
      r.to(sink);
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  /** Something written to a sink. */
  interface Rendering {
    void to(ByteSink sink) throws IOException;
  }

  @Override
  public abstract void accept(GradedRow row, IcansGrade icans, CrsGrade crs) throws IOException;
}
