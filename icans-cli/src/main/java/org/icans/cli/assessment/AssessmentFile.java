package org.icans.cli.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.icans.cli.csv.CsvReader;
import org.icans.cli.csv.CsvRecord;
import org.icans.cli.csv.RecordBatch;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;
import org.icans.model.assessment.Assessment;
import org.icans.model.InvalidValueException;

/**
 * An assessment file being read: its checked header, then its rows one at a time, each checked,
 * built into the model's observations and graded, or reported with every fault it has.
 *
 * <p>Only a few batches of rows are held at a time, so reading runs in constant memory however long
 * the file. A row is either graded and handed to the {@link GradedRowSink}, or reported to the
 * {@link ErrorSink} and counted: no row is dropped or changed silently. The sinks are called on
 * the thread that calls {@link #forEachRow}. Not thread-safe.
 */
public final class AssessmentFile {
  /** Receives every row that was graded, in input order. */
  @FunctionalInterface
  public interface GradedRowSink {
    /**
     * One graded row. The row is a view, valid only during the call: copy what must be kept.
     *
     * @throws IOException when the output cannot be written
     */
    void accept(GradedRow row, IcansGrade icans, CrsGrade crs) throws IOException;
  }

  /** Receives the faults of every row that was not graded. */
  @FunctionalInterface
  public interface ErrorSink {
    /**
     * Every fault of one row, at least one. The list is reused for the next row.
     *
     * @throws IOException when the report cannot be written
     */
    void rowErrors(List<RowError> errors) throws IOException;
  }

  // The model names its fields as its accessors spell them; the file names them as columns.
  private static final Map<String, Column> COLUMN_OF_MODEL_FIELD = Map.ofEntries(
      Map.entry("day", Column.DAY),
      Map.entry("patientId", Column.PATIENT_ID),
      Map.entry("patient.ageYears", Column.AGE_YEARS),
      Map.entry("ice.total", Column.ICE_SCORE),
      Map.entry("ice.orientation", Column.ICE_ORIENTATION),
      Map.entry("ice.naming", Column.ICE_NAMING),
      Map.entry("ice.commands", Column.ICE_COMMANDS),
      Map.entry("ice.writing", Column.ICE_WRITING),
      Map.entry("ice.attention", Column.ICE_ATTENTION),
      Map.entry("capd.total", Column.CAPD_SCORE),
      Map.entry("capd.answer", Column.CAPD_ITEMS),
      Map.entry("capd.answers", Column.CAPD_ITEMS),
      Map.entry("crs.temperatureCelsius", Column.TEMPERATURE_C),
      Map.entry("oxygen.flowLitresPerMinute", Column.OXYGEN_LPM));

  private final CsvReader csv;
  private final Header header;
  private long rows;
  private long rowsWithErrors;

  private AssessmentFile(CsvReader csv, Header header) {
    this.csv = csv;
    this.header = header;
  }

  /**
   * Opens a file and checks its header; no row is read yet.
   *
   * @throws HeaderException when the header is unusable (the file cannot be read at all)
   * @throws IOException when the input cannot be read
   */
  public static AssessmentFile open(InputStream in) throws IOException, HeaderException {
    CsvReader csv = new CsvReader(in);
    return new AssessmentFile(csv, Header.read(csv));
  }

  /** The checked header. */
  public Header header() {
    return header;
  }

  /**
   * Reads, checks and grades every remaining row, handing each to {@code graded} or {@code errors}
   * in input order on this thread. Reading and grading run on two more threads meanwhile
   * ({@link GradingPipeline}).
   *
   * @throws IOException when the input cannot be read, or a sink cannot write
   */
  public void forEachRow(GradedRowSink graded, ErrorSink errors) throws IOException {
    try (GradingPipeline pipeline = new GradingPipeline(csv, header)) {
      try {
        pipeline.deliver(graded, errors);
      } finally {
        rows = pipeline.rows();
        rowsWithErrors = pipeline.rowsWithErrors();
      }
    }
  }

  /** Receives each row that was read and checked, as the model's assessment. */
  @FunctionalInterface
  public interface AssessmentSink {
    /**
     * One row as an assessment, with the line it starts on.
     *
     * @throws IOException when the output cannot be written
     */
    void accept(long line, Assessment assessment) throws IOException;
  }

  /**
   * Reads and checks every remaining row on this thread, handing each to {@code sink} as the model's
   * assessment (what a plan's situation is read from) or its faults to {@code errors}, in input
   * order. Slower than {@link #forEachRow}: for one patient's course, not for a registry.
   *
   * @throws IOException when the input cannot be read, or a sink cannot write
   */
  public void forEachAssessment(AssessmentSink sink, ErrorSink errors) throws IOException {
    RowParser parser = new RowParser(header);
    AssessmentRow row = new AssessmentRow();
    RecordBatch batch = new RecordBatch();
    do {
      batch.clear().fill(csv);
      for (int k = 0; k < batch.size(); k++) {
        CsvRecord record = batch.at(k);
        rows++;
        List<RowError> found = parser.parse(record, row);
        if (found.isEmpty()) {
          try {
            sink.accept(record.line(), row.assessment());
          } catch (InvalidValueException e) {
            found = List.of(errorOf(e, record.line()));
          }
        }
        if (!found.isEmpty()) {
          rowsWithErrors++;
          errors.rowErrors(List.copyOf(found));
        }
      }
      Throwable failure = batch.failure();
      if (failure instanceof IOException) {
        throw (IOException) failure;
      } else if (failure instanceof RuntimeException) {
        throw (RuntimeException) failure;
      }
    } while (!batch.last());
  }

  /** A refusal by the model as a fault of the row at {@code line}, named by the file's column. */
  static RowError errorOf(InvalidValueException e, long line) {
    Column c = COLUMN_OF_MODEL_FIELD.get(e.field());
    return new RowError(line, c == null ? e.field() : c.columnName(), e.value(), e.allowed());
  }

  /** The size of the reader's buffer, which grows to hold the longest record met so far. */
  public int readBufferBytes() {
    return csv.buffer().length;
  }

  /** The rows read so far, blank lines and the header not counted. */
  public long rows() {
    return rows;
  }

  /** The rows that were reported and not graded. */
  public long rowsWithErrors() {
    return rowsWithErrors;
  }
}
