package org.icans.cli.grade;

import java.io.IOException;
import java.io.OutputStream;
import org.icans.cli.command.FileCommand;
import org.icans.cli.assessment.AssessmentFile;
import org.icans.cli.csv.RecordBatch;
import org.icans.cli.output.ByteSink;
import org.icans.cli.output.OutputFormat;

/**
 * {@code icans grade}: one output record per graded input row, in input order, written as the rows
 * are read. Nothing is held from row to row, so memory stays flat however long the file.
 */
public final class GradeCommand extends FileCommand {
  private final ByteSink out;
  private final GradeWriter writer;

  /** A command writing to {@code out} in {@code format}, with explanations when {@code explain}. */
  public GradeCommand(OutputStream out, OutputFormat format, boolean explain) {
    this.out = new ByteSink(out);
    this.writer = format == OutputFormat.JSONL ? GradeWriter.jsonLines(this.out, explain)
        : GradeWriter.csv(this.out, explain);
  }

  @Override
  protected AssessmentFile.GradedRowSink begin() throws IOException {
    writer.begin();
    return writer;
  }

  @Override
  protected String holding() {
    return "grade: the batches of rows being read, graded and written (at most 4 of " + RecordBatch.CAPACITY
        + " rows)";
  }

  /** Writes out what is buffered; rows graded before an unreadable part of the input stay written. */
  @Override
  protected void end(boolean wholeFile) throws IOException {
    out.flush();
  }
}
