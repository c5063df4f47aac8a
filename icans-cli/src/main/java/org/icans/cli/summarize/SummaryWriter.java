package org.icans.cli.summarize;

import org.icans.cli.course.PatientRows;
import java.io.IOException;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.cli.assessment.Decimals;
import org.icans.cli.output.ByteSink;
import org.icans.grading.course.IcansCrsTiming;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;

/**
 * Writes the output of {@code summarize}, one record per patient, as CSV or JSON Lines.
 *
 * <p>The columns, in order: {@code patient_id}, {@code max_icans_grade}, {@code icans_onset_day},
 * {@code icans_peak_day}, {@code max_crs_grade}, {@code crs_onset_day} (the contract's), then
 * {@code icans_resolution_day}, {@code icans_duration_days}, {@code icans_episodes},
 * {@code crs_peak_day}, {@code crs_resolution_day}, {@code crs_duration_days}, {@code crs_episodes},
 * {@code icans_onset_vs_crs}, {@code assessments}, {@code last_day}. An empty CSV cell (JSON
 * {@code null}) means there is no such value. Not thread-safe.
 */
abstract class SummaryWriter {
  /** The output columns. */
  static final String[] COLUMNS = {
    "patient_id", "max_icans_grade", "icans_onset_day", "icans_peak_day", "max_crs_grade", "crs_onset_day",
    "icans_resolution_day", "icans_duration_days", "icans_episodes", "crs_peak_day", "crs_resolution_day",
    "crs_duration_days", "crs_episodes", "icans_onset_vs_crs", "assessments", "last_day"
  };

  final ByteSink out;

  SummaryWriter(ByteSink out) {
    this.out = out;
  }

  static SummaryWriter csv(ByteSink out) {
    return new Csv(out);
  }

  static SummaryWriter jsonLines(ByteSink out) {
    return new Json(out);
  }

  abstract void begin() throws IOException;

  /** Writes one patient's record. */
  void patient(PatientRows p) throws IOException {
    PatientCourse course = p.course();
    SyndromeCourse icans = course.icans();
    SyndromeCourse crs = course.crs();
    startRecord();
    text(0, p.patientId());
    grade(1, icans.maxGrade());
    day(2, icans.onsetDay());
    day(3, icans.peakDay());
    grade(4, crs.maxGrade());
    day(5, crs.onsetDay());
    day(6, icans.resolutionDay());
    duration(7, icans.durationDays());
    number(8, icans.episodes().size());
    day(9, crs.peakDay());
    day(10, crs.resolutionDay());
    duration(11, crs.durationDays());
    number(12, crs.episodes().size());
    word(13, timing(course.icansOnsetRelativeToCrs()));
    number(14, p.size());
    day(15, OptionalDouble.of(p.lastDay()));
    endRecord();
  }

  /** The timing in lower-case words: its code, spelled out in the model, so that it does not follow renames. */
  static String timing(IcansCrsTiming t) {
    return t.code();
  }

  private void grade(int column, OptionalInt g) throws IOException {
    if (g.isPresent()) {
      number(column, g.getAsInt());
    } else {
      missing(column);
    }
  }

  private void day(int column, OptionalDouble d) throws IOException {
    if (d.isPresent()) {
      plain(column, Decimals.format(d.getAsDouble()));
    } else {
      missing(column);
    }
  }

  private void duration(int column, OptionalDouble d) throws IOException {
    if (d.isPresent()) {
      plain(column, Decimals.formatRounded(d.getAsDouble()));
    } else {
      missing(column);
    }
  }

  private void number(int column, long n) throws IOException {
    plain(column, Long.toString(n));
  }

  abstract void startRecord() throws IOException;

  abstract void endRecord() throws IOException;

  /** Free text (the patient id). */
  abstract void text(int column, String value) throws IOException;

  /** A word from a fixed list. */
  abstract void word(int column, String value) throws IOException;

  /** A number, already formatted. */
  abstract void plain(int column, String value) throws IOException;

  abstract void missing(int column) throws IOException;

  private static final class Csv extends SummaryWriter {
    Csv(ByteSink out) {
      super(out);
    }

    @Override
    void begin() throws IOException {
      out.ascii(String.join(",", COLUMNS));
      out.write('\n');
    }

    @Override
    void startRecord() {}

    @Override
    void endRecord() throws IOException {
      out.write('\n');
    }

    private void separator(int column) throws IOException {
      if (column > 0) {
        out.write(',');
      }
    }

    @Override
    void text(int column, String value) throws IOException {
      separator(column);
      out.csvField(value);
    }

    @Override
    void word(int column, String value) throws IOException {
      separator(column);
      out.ascii(value);
    }

    @Override
    void plain(int column, String value) throws IOException {
      separator(column);
      out.ascii(value);
    }

    @Override
    void missing(int column) throws IOException {
      separator(column);
    }
  }

  private static final class Json extends SummaryWriter {
    Json(ByteSink out) {
      super(out);
    }

    @Override
    void begin() {
      // JSON Lines has no header.
    }

    @Override
    void startRecord() throws IOException {
      out.write('{');
    }

    @Override
    void endRecord() throws IOException {
      out.ascii("}\n");
    }

    private void name(int column) throws IOException {
      if (column > 0) {
        out.write(',');
      }
      out.write('"');
      out.ascii(COLUMNS[column]);
      out.ascii("\":");
    }

    @Override
    void text(int column, String value) throws IOException {
      name(column);
      out.jsonString(value);
    }

    @Override
    void word(int column, String value) throws IOException {
      name(column);
      out.jsonString(value);
    }

    @Override
    void plain(int column, String value) throws IOException {
      name(column);
      out.ascii(value);
    }

    @Override
    void missing(int column) throws IOException {
      name(column);
      out.ascii("null");
    }
  }
}
