package org.icans.cli.risk;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import org.icans.cli.args.LenientCodes;
import org.icans.model.Coded;
import org.icans.model.InvalidValueException;
import org.icans.model.patient.LabelEra;
import org.icans.cli.csv.CsvReader;
import org.icans.risk.observation.Analyte;
import org.icans.risk.observation.Measurement;
import org.icans.risk.observation.TimePoint;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.report.RiskInput;

/**
 * Reads risk input files, version 1: CSV in long format, one observation per row, with the unit in
 * its own column, into one {@link RiskInput} per patient (in order of first appearance).
 *
 * <pre>
 * patient_id,day,hours_after_infusion,analyte,value,unit
 * P001,,,product,axicabtagene ciloleucel,
 * P001,-5,,lymphodepletion_start,,
 * P001,-5,,ldh,310,U/L
 * P001,-5,,creatinine,106,umol/L
 * P001,1,30,temperature,39.2,Cel
 * P001,1,30,il6,45,pg/mL
 * P001,1,,crs_grade,1,
 * </pre>
 *
 * <p>UTF-8, comma-separated, RFC 4180 quoting, a header first; column order is free, names are
 * case-sensitive; {@code patient_id, day, analyte, value, unit} are required columns and
 * {@code hours_after_infusion} is optional; any other column is an error. Blank lines are skipped;
 * white space around a value is ignored. What each {@code analyte} needs:
 *
 * <table>
 *   <caption>rows by analyte</caption>
 *   <tr><th>analyte</th><th>day</th><th>hours_after_infusion</th><th>value</th><th>unit</th></tr>
 *   <tr><td>{@code ldh, creatinine, platelets, crp, ferritin, il6, temperature}</td><td>decimal, -30 or
 *       later (the model's day; a fraction lies on the calendar day of its whole part rounded down,
 *       project choice R-14)</td><td>optional, within that calendar day</td><td>decimal with a dot, 0 or more, in the
 *       analyte's plausible range</td><td>a UCUM unit
 *       that converts to the analyte's unit ({@link Analyte#allowedUnits()})</td></tr>
 *   <tr><td>{@code crs_grade}</td><td>required</td><td>optional</td><td>ASTCT CRS grade 0-5</td><td>empty</td></tr>
 *   <tr><td>{@code tocilizumab}</td><td>required</td><td>optional</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@code lymphodepletion_start}</td><td>-30 or later, below 0</td><td>empty</td><td>empty</td><td>empty</td></tr>
 *   <tr><td>{@code product}</td><td>empty</td><td>empty</td><td>a product name, brand or abbreviation
 *       ({@link ProductProfiles#find})</td><td>empty</td></tr>
 *   <tr><td>{@code risk_factor}</td><td>empty</td><td>empty</td><td>a {@link RiskFactor#code()}</td><td>empty</td></tr>
 *   <tr><td>{@code label_era}</td><td>empty</td><td>empty</td><td>{@code rems} or {@code after_rems_removal}
 *       ({@link LabelEra#fromCode}), stated by the file; never derived here</td>
 *       <td>empty</td></tr>
 * </table>
 *
 * <p>A lab value must also lie, after conversion, in its analyte's plausible range ({@link
 * Analyte#plausibleRange()}, a project safety rule [P]): a value outside is refused as a probable
 * unit mix-up, never converted on a guess.
 *
 * <p>A row that breaks these rules is left out and reported as a {@link RowError} (line, column,
 * the row's analyte, value, what is allowed); every other row is read. A patient may give one {@code product}, one
 * {@code lymphodepletion_start} and one {@code label_era}; a second, different one is an error.
 * A header with an unknown, duplicated or missing required column makes the file unreadable: every
 * row would be misread.
 *
 * <p>{@link #read(InputStream)} holds every patient until the end of the file, since a patient's rows
 * may be anywhere in it. {@link #read(InputStream, Map, Listener)} streams instead: given the line of
 * each patient's last row ({@link #lastLines(InputStream)}, a first pass over a file that can be read
 * twice), it hands each patient on as soon as its last row is read, so that it holds only the
 * patients whose rows are still to come (one at a time when a patient's rows are together), and
 * each row error as soon as it is found.
 *
 * <p>Stateless and thread-safe.
 */
public final class RiskInputCsv {
  private RiskInputCsv() {}

  /** The format version this class reads. */
  public static final int VERSION = 1;

  static final String PATIENT = "patient_id";
  static final String DAY = "day";
  static final String HOURS = "hours_after_infusion";
  static final String ANALYTE = "analyte";
  static final String VALUE = "value";
  static final String UNIT = "unit";
  private static final List<String> REQUIRED = List.of(PATIENT, DAY, ANALYTE, VALUE, UNIT);
  private static final List<String> KNOWN = List.of(PATIENT, DAY, HOURS, ANALYTE, VALUE, UNIT);

  private static final String CRS_GRADE = "crs_grade";
  private static final String TOCILIZUMAB = "tocilizumab";
  private static final String LD_START = "lymphodepletion_start";
  private static final String PRODUCT = "product";
  private static final String RISK_FACTOR = "risk_factor";
  private static final String LABEL_ERA = "label_era";
  /** The rows that are not lab values. */
  private static final List<String> ROW_KINDS = List.of(CRS_GRADE, TOCILIZUMAB, LD_START, PRODUCT, RISK_FACTOR,
      LABEL_ERA);

  /** What a line may be, for the row of a line too long to read (the CSV reader skips it). */
  private static final String LONG_LINE = "line of at most " + (CsvReader.MAX_RECORD_BYTES >> 20) + " MiB";

  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern DECIMAL = Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)");

  /** The patients read, in order of first appearance, and the rows left out. */
  public record Result(List<RiskInput> inputs, List<RowError> errors) {
    /** Copies the lists. */
    public Result {
      inputs = List.copyOf(Objects.requireNonNull(inputs, "inputs"));
      errors = List.copyOf(Objects.requireNonNull(errors, "errors"));
    }

    /** Whether every row was read. */
    public boolean isClean() {
      return errors.isEmpty();
    }
  }

  /** Receives a file's patients and row errors while it is read. */
  public interface Listener {
    /**
     * A patient whose rows have all been read; patients come in order of first appearance.
     *
     * @throws IOException when the listener cannot write
     */
    void patient(RiskInput input) throws IOException;

    /**
     * A row left out, as soon as it is read.
     *
     * @throws IOException when the listener cannot write
     */
    void rowError(RowError error) throws IOException;
  }

  /** The analyte keys a row may carry, for error messages. */
  public static String analyteKeys() {
    List<String> keys = new ArrayList<>();
    for (Analyte a : Analyte.values()) {
      keys.add(a.code());
    }
    keys.addAll(ROW_KINDS);
    return String.join(", ", keys);
  }

  /**
   * Reads a risk input file.
   *
   * @param in the file's text; not closed
   * @throws IOException if {@code in} cannot be read
   * @throws InvalidValueException (field {@code header}) if the file is empty, or its header has an
   *     unknown, duplicated or missing required column
   */
  public static Result read(InputStream in) throws IOException {
    List<RiskInput> inputs = new ArrayList<>();
    List<RowError> errors = new ArrayList<>();
    read(in, Map.of(), new Listener() {
      @Override
      public void patient(RiskInput input) {
        inputs.add(input);
      }

      @Override
      public void rowError(RowError error) {
        errors.add(error);
      }
    });
    return new Result(inputs, errors);
  }

  /**
   * The line of the last row of each patient, in order of first appearance: a first, light pass
   * over a file (only the patient column of each row is kept) for {@link #read(InputStream, Map,
   * Listener)}. Every row that names a patient counts, whether or not it is valid.
   *
   * @param in the file's text; not closed
   * @throws IOException if {@code in} cannot be read
   * @throws InvalidValueException (field {@code header}) as {@link #read(InputStream)} does
   */
  public static Map<String, Long> lastLines(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    TextRecords csv = new TextRecords(in);
    Map<String, Integer> columns = columns(header(csv));
    Map<String, Long> last = new LinkedHashMap<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      String id = patientOf(r, columns);
      if (!id.isEmpty()) {
        last.put(id, r.line());
      }
    }
    return last;
  }

  /**
   * Reads a risk input file, handing each patient to {@code listener} once its last row is read
   * (by {@code lastLines}; a patient not in it is handed on at the end of the file) and in order
   * of first appearance, and each row error as soon as it is found.
   *
   * @param in the file's text; not closed
   * @param lastLines the line of each patient's last row ({@link #lastLines(InputStream)} of the same
   *     text), or an empty map to hold every patient until the end
   * @param listener receives the patients and row errors
   * @throws IOException if {@code in} cannot be read, or the listener cannot write
   * @throws InvalidValueException (field {@code header}) as {@link #read(InputStream)} does
   */
  public static void read(InputStream in, Map<String, Long> lastLines, Listener listener) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(lastLines, "lastLines");
    Objects.requireNonNull(listener, "listener");
    TextRecords csv = new TextRecords(in);
    CsvRecord header = header(csv);
    Map<String, Integer> columns = columns(header);
    // The patients not yet handed on, in order of first appearance; some may be finished already,
    // waiting behind an earlier patient whose rows are still to come.
    Map<String, PatientRows> patients = new LinkedHashMap<>();
    for (CsvRecord r = csv.next(); r != null; r = csv.next()) {
      if (r.isBlank()) {
        continue;
      }
      try {
        row(r, header.fields().size(), columns, patients);
      } catch (RowProblem p) {
        listener.rowError(p.error);
      }
      String id = patientOf(r, columns);
      Long last = lastLines.get(id);
      PatientRows p = patients.get(id);
      if (p != null && last != null && last == r.line()) {
        p.finished = true;
        handOn(patients, listener, false);
      }
    }
    handOn(patients, listener, true);
  }

  /** Hands on the finished patients at the head of {@code patients}, or every patient at the end. */
  private static void handOn(Map<String, PatientRows> patients, Listener listener, boolean end) throws IOException {
    Iterator<PatientRows> i = patients.values().iterator();
    while (i.hasNext()) {
      PatientRows p = i.next();
      if (!end && !p.finished) {
        return;
      }
      i.remove();
      listener.patient(p.builder.build());
    }
  }

  private static CsvRecord header(TextRecords csv) throws IOException {
    CsvRecord header = csv.next();
    while (header != null && header.isBlank()) {
      header = csv.next();
    }
    if (header == null) {
      throw new InvalidValueException("header", "an empty file", "a header line: " + String.join(",", KNOWN));
    }
    return header;
  }

  /** The record's patient, stripped, or {@code ""} when it has none. */
  private static String patientOf(CsvRecord r, Map<String, Integer> columns) {
    int i = columns.get(PATIENT);
    return i < r.fields().size() ? r.fields().get(i).strip() : "";
  }

  private static Map<String, Integer> columns(CsvRecord header) {
    if (header.wholeLine()) {
      throw new InvalidValueException("header", header.problem().orElseThrow(), "a header " + LONG_LINE);
    }
    if (header.problem().isPresent()) {
      throw new InvalidValueException("header", String.join(",", header.fields()), "a header without quoting errors ("
          + header.problem().get() + ")");
    }
    Map<String, Integer> columns = new HashMap<>();
    for (int i = 0; i < header.fields().size(); i++) {
      String name = header.fields().get(i).strip();
      if (!KNOWN.contains(name)) {
        throw new InvalidValueException("header", "column '" + name + "' (line " + header.line() + ")",
            "the columns " + String.join(", ", KNOWN) + " (names are case-sensitive)");
      }
      if (columns.put(name, i) != null) {
        throw new InvalidValueException("header", "column '" + name + "' twice (line " + header.line() + ")",
            "each column once");
      }
    }
    for (String r : REQUIRED) {
      if (!columns.containsKey(r)) {
        throw new InvalidValueException("header", "no column '" + r + "' (line " + header.line() + ")",
            "the required columns " + String.join(", ", REQUIRED) + ", and optionally " + HOURS);
      }
    }
    return columns;
  }

  /** One patient's rows so far. */
  private static final class PatientRows {
    final RiskInput.Builder builder;
    Double ldStart;
    ProductProfile product;
    LabelEra era;
    /** Whether its last row has been read. */
    boolean finished;

    PatientRows(String id) {
      builder = RiskInput.builder(id);
    }
  }

  /** A row's error, thrown to leave the row. */
  private static final class RowProblem extends Exception {
    private static final long serialVersionUID = 1L;
    final transient RowError error;

    RowProblem(RowError error) {
      super(error.message(), null, false, false);
      this.error = error;
    }
  }

  private static final class Row {
    final CsvRecord record;
    final Map<String, Integer> columns;

    Row(CsvRecord record, Map<String, Integer> columns) {
      this.record = record;
      this.columns = columns;
    }

    String get(String column) {
      Integer i = columns.get(column);
      return i == null ? "" : record.fields().get(i).strip();
    }

    RowProblem problem(String column, String allowed) {
      String analyte = column.equals(ANALYTE) ? "" : analyteOf(record, columns);
      return new RowProblem(new RowError(record.line(), column, analyte, get(column), allowed));
    }
  }

  /**
   * The row kind the record's {@code analyte} column names, as the format spells it ({@code crp},
   * {@code crs_grade} ...), or {@code ""} when the record has no such field or it names nothing the
   * format knows: an error message names the analyte only when it is sure of it.
   */
  private static String analyteOf(CsvRecord record, Map<String, Integer> columns) {
    int i = columns.get(ANALYTE);
    if (i >= record.fields().size()) {
      return "";
    }
    String key = record.fields().get(i).strip();
    Optional<Analyte> a = analyte(key);
    if (a.isPresent()) {
      return a.get().code();
    }
    return ROW_KINDS.contains(key) ? key : "";
  }

  private static void row(CsvRecord r, int width, Map<String, Integer> columns, Map<String, PatientRows> patients)
      throws RowProblem {
    if (r.wholeLine()) {
      throw new RowProblem(new RowError(r.line(), "-", r.problem().orElseThrow(), "a " + LONG_LINE
          + " (it was skipped; reading went on with the next line)"));
    }
    if (r.problem().isPresent()) {
      throw new RowProblem(new RowError(r.line(), "-", analyteOf(r, columns), String.join(",", r.fields()),
          "RFC 4180 quoting (" + r.problem().get() + ")"));
    }
    if (r.fields().size() != width) {
      throw new RowProblem(new RowError(r.line(), "-", analyteOf(r, columns), r.fields().size() + " fields",
          width + " fields, as many as the header"));
    }
    Row row = new Row(r, columns);
    String id = row.get(PATIENT);
    if (id.isEmpty()) {
      throw row.problem(PATIENT, "a non-empty patient identifier");
    }
    String analyteKey = row.get(ANALYTE);
    Optional<Analyte> analyte = analyte(analyteKey);
    // Validate the whole row before touching the patient, so that a bad row leaves no trace.
    if (analyte.isPresent()) {
      Measurement m = measurement(row, analyte.get());
      patient(patients, id).builder.add(m);
      return;
    }
    switch (analyteKey) {
      case CRS_GRADE: {
        requireEmpty(row, UNIT, "nothing: a CRS grade has no unit");
        TimePoint t = time(row);
        String v = row.get(VALUE);
        if (!INTEGER.matcher(v).matches() || v.length() > 3 || Integer.parseInt(v) < 0 || Integer.parseInt(v) > 5) {
          throw row.problem(VALUE, "an ASTCT CRS grade, an integer 0-5");
        }
        patient(patients, id).builder.recordedCrsGrade(t, Integer.parseInt(v));
        return;
      }
      case TOCILIZUMAB: {
        requireEmpty(row, VALUE, "nothing: a tocilizumab row marks when a dose was given");
        requireEmpty(row, UNIT, "nothing: a tocilizumab row marks when a dose was given");
        TimePoint t = time(row);
        patient(patients, id).builder.tocilizumab(t);
        return;
      }
      case LD_START: {
        requireEmpty(row, VALUE, "nothing: the day column gives the start of lymphodepletion");
        requireEmpty(row, UNIT, "nothing");
        requireEmpty(row, HOURS, "nothing: lymphodepletion is dated by day");
        double day = day(row);
        if (day >= 0) {
          throw row.problem(DAY, "a day before infusion: -30 or later, below 0");
        }
        PatientRows p = patients.get(id);
        if (p != null && p.ldStart != null && p.ldStart != day) {
          throw row.problem(DAY, "the same day as the patient's earlier lymphodepletion_start row ("
              + plain(p.ldStart) + ")");
        }
        p = patient(patients, id);
        p.ldStart = day;
        p.builder.lymphodepletionStartDay(day);
        return;
      }
      case PRODUCT: {
        requireUntimed(row);
        Optional<ProductProfile> found = ProductProfiles.find(row.get(VALUE));
        if (found.isEmpty()) {
          throw row.problem(VALUE, "a product the reference covers: " + ProductProfiles.acceptedNames());
        }
        PatientRows p = patients.get(id);
        if (p != null && p.product != null && p.product != found.get()) {
          throw row.problem(VALUE, "the same product as the patient's earlier product row ("
              + p.product.product().name() + ")");
        }
        p = patient(patients, id);
        p.product = found.get();
        p.builder.product(found.get().product());
        return;
      }
      case RISK_FACTOR: {
        requireUntimed(row);
        // Case ignored, as the analyte column.
        Optional<RiskFactor> f = Coded.find(RiskFactor.class, row.get(VALUE).toLowerCase(Locale.ROOT));
        if (f.isEmpty()) {
          throw row.problem(VALUE, "one of " + Coded.allowedCodes(RiskFactor.class));
        }
        patient(patients, id).builder.riskFactor(f.get());
        return;
      }
      case LABEL_ERA: {
        requireUntimed(row);
        LabelEra era;
        try {
          era = LenientCodes.fromCode(LabelEra::fromCode, row.get(VALUE));
        } catch (InvalidValueException e) {
          throw row.problem(VALUE, "rems (infusion before 27 June 2025) or after_rems_removal");
        }
        PatientRows p = patients.get(id);
        if (p != null && p.era != null && p.era != era) {
          throw row.problem(VALUE, "the same era as the patient's earlier label_era row");
        }
        p = patient(patients, id);
        p.era = era;
        p.builder.labelEra(era);
        return;
      }
      default:
        throw row.problem(ANALYTE, "one of " + analyteKeys());
    }
  }

  /** The analyte a row names, its code read ignoring case ({@code CRP} is {@code crp}). */
  private static Optional<Analyte> analyte(String word) {
    return Coded.find(Analyte.class, word.toLowerCase(Locale.ROOT));
  }

  private static PatientRows patient(Map<String, PatientRows> patients, String id) {
    return patients.computeIfAbsent(id, PatientRows::new);
  }

  private static Measurement measurement(Row row, Analyte analyte) throws RowProblem {
    TimePoint t = time(row);
    String v = row.get(VALUE);
    if (!DECIMAL.matcher(v).matches()) {
      throw row.problem(VALUE, v.isEmpty() ? "a number: " + analyte.code() + " needs its value"
          : v.indexOf(',') >= 0 ? "a decimal number with a dot, not a comma (e.g. 1.5)" : "a decimal number (e.g. 1.5)");
    }
    try {
      return Measurement.of(analyte, Double.parseDouble(v), row.get(UNIT), t);
    } catch (InvalidValueException e) {
      throw row.problem(e.field().endsWith(".unit") ? UNIT : VALUE, e.allowed());
    }
  }

  private static TimePoint time(Row row) throws RowProblem {
    double day = day(row);
    String h = row.get(HOURS);
    if (h.isEmpty()) {
      return TimePoint.ofDay(day);
    }
    if (!DECIMAL.matcher(h).matches()) {
      throw row.problem(HOURS, h.indexOf(',') >= 0 ? "a decimal number with a dot, not a comma"
          : "a decimal number of hours since the infusion (negative before it)");
    }
    try {
      return new TimePoint(day, OptionalDouble.of(Double.parseDouble(h)));
    } catch (InvalidValueException e) {
      throw row.problem(HOURS, e.allowed());
    }
  }

  /** The row's day: the model's day, a decimal number -30 or later (fractions allowed). */
  private static double day(Row row) throws RowProblem {
    String d = row.get(DAY);
    String allowed = "a day relative to infusion (day 0): a decimal number, " + plain(TimePoint.MIN_DAY)
        + " or later, like 5 or 5.5";
    if (!DECIMAL.matcher(d).matches()) {
      throw row.problem(DAY, d.isEmpty() ? "a day relative to infusion (day 0), needed for " + row.get(ANALYTE)
          : d.indexOf(',') >= 0 ? allowed + " (a dot, not a comma)" : allowed);
    }
    double day = Double.parseDouble(d);
    if (!(Double.isFinite(day) && day >= TimePoint.MIN_DAY)) {
      throw row.problem(DAY, allowed);
    }
    return day;
  }

  private static void requireUntimed(Row row) throws RowProblem {
    requireEmpty(row, DAY, "nothing: " + row.get(ANALYTE) + " is not dated");
    requireEmpty(row, HOURS, "nothing: " + row.get(ANALYTE) + " is not dated");
    requireEmpty(row, UNIT, "nothing");
    if (row.get(VALUE).isEmpty()) {
      throw row.problem(VALUE, "the " + row.get(ANALYTE).replace('_', ' '));
    }
  }

  private static void requireEmpty(Row row, String column, String allowed) throws RowProblem {
    if (!row.get(column).isEmpty()) {
      throw row.problem(column, allowed);
    }
  }

  /** A number in plain decimal form, the same under any locale: {@code -30}, {@code -5.5}. */
  private static String plain(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  /**
   * One record of the file as text: the line it starts on, its fields, and what is wrong with it
   * (broken quoting, a line longer than the reader takes), if anything.
   */
  private record CsvRecord(long line, List<String> fields, Optional<String> problem, boolean wholeLine) {
    /** Whether every field is empty or white space (a line of commas); never a line too long to read. */
    boolean isBlank() {
      if (wholeLine) {
        return false;
      }
      for (String f : fields) {
        if (!f.isBlank()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * The records of the command line's CSV reader ({@link CsvReader}: RFC 4180, blank lines
   * skipped, a line of more than 8 MiB reported and skipped) as text, every field decoded as strict
   * UTF-8: a malformed byte fails the reading with a {@link java.nio.charset.CharacterCodingException}
   * rather than becoming U+FFFD.
   */
  private static final class TextRecords {
    private final CsvReader csv;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    TextRecords(InputStream in) {
      this.csv = new CsvReader(in);
    }

    /** The next record, or null at the end of the input. */
    CsvRecord next() throws IOException {
      if (!csv.next()) {
        return null;
      }
      List<String> fields = new ArrayList<>(csv.fieldCount());
      for (int i = 0; i < csv.fieldCount(); i++) {
        fields.add(utf8.decode(ByteBuffer.wrap(csv.buffer(), csv.start(i), csv.end(i) - csv.start(i))).toString());
      }
      return new CsvRecord(csv.line(), fields, Optional.ofNullable(csv.problem()),
          csv.problem() != null && csv.problemField() == CsvReader.WHOLE_LINE);
    }
  }
}
