package org.icans.cli.assessment;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.LockSupport;
import org.icans.cli.csv.CsvReader;
import org.icans.cli.csv.CsvRecord;
import org.icans.cli.csv.RecordBatch;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.icans.IcansGrade;
import org.icans.model.InvalidValueException;

/**
 * Reads, grades and delivers the rows of a file in three stages on three threads, so that a
 * two-core machine works on both cores: a reading thread splits the input into records, a grading
 * thread checks and grades them, and the caller's thread writes the results, in input order.
 *
 * <p>Work moves in batches of a few thousand records through bounded queues; at most {@value #SLOTS}
 * batches exist, made as the reader needs them and recycled, so memory stays flat however long the
 * file, and a small file needs one small batch. Each stage owns its state
 * (the reader; the parser, row and grade cache; the sinks), so nothing is shared but the batch being
 * handed on, and a blocking queue orders every hand-over. A failure travels behind the rows before
 * it and is thrown on the caller's thread in its place. A stage never looks at a batch after handing
 * it on: it may come back refilled. Not reusable: one pipeline per file.
 */
final class GradingPipeline implements AutoCloseable {
  private static final int SLOTS = 4;

  private final BlockingQueue<Slot> free = new ArrayBlockingQueue<>(SLOTS);
  private final BlockingQueue<Slot> read = new ArrayBlockingQueue<>(SLOTS);
  private final BlockingQueue<Slot> graded = new ArrayBlockingQueue<>(SLOTS);
  private final Thread reader;
  private final Thread grader;
  private final int batchSize;
  /** What ended a stage outside its batch handling; the caller's thread throws it. */
  private volatile Throwable died;
  /** Whether a stage handed on its last batch: it may then end while the caller still reads. */
  private volatile boolean readerDone;
  private volatile boolean graderDone;
  /** The thread that takes graded batches, unparked at each hand-over. */
  private volatile Thread consumer;
  /** The slots made so far, by the reading thread only: they are made as needed, up to SLOTS. */
  private int slotsMade;
  private long rows;
  private long rowsWithErrors;

  GradingPipeline(CsvReader csv, Header header) {
    this(csv, header, RecordBatch.CAPACITY);
  }

  /** A pipeline moving batches of {@code batchSize} records (small ones exercise hand-overs in tests). */
  GradingPipeline(CsvReader csv, Header header, int batchSize) {
    this.batchSize = batchSize;
    reader = new Thread(() -> guarded(() -> readAll(csv)), "icans-csv-reader");
    grader = new Thread(() -> guarded(() -> gradeAll(new RowParser(header))), "icans-grader");
    reader.setDaemon(true);
    grader.setDaemon(true);
    reader.start();
    grader.start();
  }

  /**
   * Runs a stage, keeping what ends it abnormally for the caller's thread: a stage that dies
   * outside its own handling (out of memory while starting, say) must not leave the caller waiting
   * for a batch that never comes.
   */
  private void guarded(Runnable stage) {
    try {
      stage.run();
    } catch (RuntimeException | Error e) {
      died = e;
    }
  }

  /**
   * Hands every row, in input order, to {@code sink} when graded and to {@code errors} when not.
   *
   * @throws IOException the input's failure, after the rows before it; or a sink's
   */
  void deliver(AssessmentFile.GradedRowSink sink, AssessmentFile.ErrorSink errors) throws IOException {
    consumer = Thread.currentThread();
    for (;;) {
      Slot s = take();
      for (int k = 0; k < s.graded; k++) {
        rows++;
        List<RowError> faults = s.faults[k];
        if (faults != null) {
          rowsWithErrors++;
          errors.rowErrors(faults);
        } else {
          sink.accept(s.at(k), s.icans[k], s.crs[k]);
        }
      }
      if (s.failure != null || s.records.last()) {
        rethrow(s.failure != null ? s.failure : s.records.failure());
        return;
      }
      free.add(s.clear());
    }
  }

  long rows() {
    return rows;
  }

  long rowsWithErrors() {
    return rowsWithErrors;
  }

  /**
   * Stops the other threads if they still run (when the caller gives up early). They stop at once
   * when waiting on a queue, else when their current step ends; the wait is bounded, and they are
   * daemons, so they never keep the process alive.
   */
  @Override
  public void close() {
    reader.interrupt();
    grader.interrupt();
    try {
      reader.join(1000);
      grader.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void readAll(CsvReader csv) {
    try {
      for (;;) {
        Slot s = free.poll();
        if (s == null && slotsMade < SLOTS) {
          s = new Slot(batchSize);
          slotsMade++;
        } else if (s == null) {
          s = free.take();
        }
        try {
          s.records.fill(csv);
        } catch (RuntimeException | Error e) {
          // A defect (the reader's own failures are in the batch): it ends the input.
          s.failure = e;
        }
        // Read before the hand-over: once handed on, the slot may come back refilled.
        boolean last = s.failure != null || s.records.last();
        read.put(s);
        if (last) {
          readerDone = true;
          return;
        }
      }
    } catch (InterruptedException e) {
      // Closed early: stop reading.
    }
  }

  private void gradeAll(RowParser parser) {
    AssessmentRow row = new AssessmentRow();
    GradeCache cache = new GradeCache();
    try {
      for (;;) {
        Slot s = read.take();
        try {
          for (int k = 0; k < s.records.size(); k++) {
            s.grade(k, parser, row, cache);
            s.graded = k + 1;
          }
        } catch (RuntimeException | Error e) {
          // A defect, not a fault of the file: stop here, after the rows already graded.
          if (s.failure == null) {
            s.failure = e;
          }
        }
        boolean last = s.failure != null || s.records.last();
        graded.put(s);
        LockSupport.unpark(consumer);
        if (last) {
          graderDone = true;
          return;
        }
      }
    } catch (InterruptedException e) {
      // Closed early: stop grading.
    }
  }

  /**
   * The next graded batch. Waits in short steps so that a stage that died without handing on a
   * batch ends the wait with its failure instead of leaving this thread waiting forever.
   */
  private Slot take() throws IOException {
    // Polls and parks rather than waiting on the queue: a wait allocates a node, and with the heap
    // exhausted the JDK retries that allocation without end, so this thread would never see that
    // a stage died. The grading stage unparks this thread after each hand-over.
    for (;;) {
      Slot s = graded.poll();
      if (s != null) {
        return s;
      }
      Throwable d = died;
      if (d != null) {
        rethrow(d);
      }
      if ((!reader.isAlive() && !readerDone) || (!grader.isAlive() && !graderDone)) {
        s = graded.poll();
        if (s != null) {
          return s;
        }
        // A stage ended without handing on its last batch or its failure: that happens only when
        // even its failure could not be handled (the heap exhausted to the last byte).
        throw new IllegalStateException("the " + (graderDone ? "reading" : "grading")
            + " thread stopped without a result");
      }
      LockSupport.parkNanos(this, 100_000_000L);
      if (Thread.interrupted()) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for graded rows");
      }
    }
  }

  private static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException) {
      throw (IOException) failure;
    } else if (failure instanceof RuntimeException) {
      throw (RuntimeException) failure;
    } else if (failure instanceof Error) {
      throw (Error) failure;
    }
  }

  /** One batch of records and, once graded, each row's grades or faults and output fields. */
  private static final class Slot implements GradedRow {
    /** The rows a slot's arrays hold at first; they grow with the batch, so a small file stays small. */
    private static final int FIRST_SIZE = 64;

    final RecordBatch records;
    IcansGrade[] icans = new IcansGrade[FIRST_SIZE];
    CrsGrade[] crs = new CrsGrade[FIRST_SIZE];
    List<RowError>[] faults = newFaults(FIRST_SIZE);
    int[] idStart = new int[FIRST_SIZE];
    int[] idEnd = new int[FIRST_SIZE];
    int[] dayStart = new int[FIRST_SIZE];
    int[] dayEnd = new int[FIRST_SIZE];
    double[] day = new double[FIRST_SIZE];
    int graded;
    Throwable failure;
    private int cursor;

    Slot(int size) {
      records = new RecordBatch(size);
    }

    @SuppressWarnings("unchecked")
    private static List<RowError>[] newFaults(int size) {
      return new List[size];
    }

    /** Makes room for row {@code k}. */
    private void ensure(int k) {
      if (k < icans.length) {
        return;
      }
      int size = Math.max(k + 1, icans.length * 2);
      icans = Arrays.copyOf(icans, size);
      crs = Arrays.copyOf(crs, size);
      faults = Arrays.copyOf(faults, size);
      idStart = Arrays.copyOf(idStart, size);
      idEnd = Arrays.copyOf(idEnd, size);
      dayStart = Arrays.copyOf(dayStart, size);
      dayEnd = Arrays.copyOf(dayEnd, size);
      day = Arrays.copyOf(day, size);
    }

    Slot clear() {
      records.clear();
      graded = 0;
      failure = null;
      Arrays.fill(faults, null);
      Arrays.fill(icans, null);
      Arrays.fill(crs, null);
      return this;
    }

    /** Checks and grades record {@code k}; its faults are kept instead when it breaks the contract. */
    void grade(int k, RowParser parser, AssessmentRow row, GradeCache cache) {
      ensure(k);
      CsvRecord record = records.at(k);
      List<RowError> found = parser.parse(record, row);
      if (!found.isEmpty()) {
        faults[k] = List.copyOf(found);
        return;
      }
      try {
        icans[k] = cache.icans(row);
        crs[k] = cache.crs(row);
      } catch (InvalidValueException e) {
        // The parser checks every range the model checks; should the two ever disagree, the
        // model's refusal is still a fault of this row, never a crash.
        faults[k] = List.of(AssessmentFile.errorOf(e, row.line()));
        return;
      }
      idStart[k] = row.patientIdStart();
      idEnd[k] = row.patientIdEnd();
      dayStart[k] = row.dayStart();
      dayEnd[k] = row.dayEnd();
      day[k] = row.day();
    }

    GradedRow at(int k) {
      cursor = k;
      return this;
    }

    @Override
    public long line() {
      return records.at(cursor).line();
    }

    @Override
    public byte[] buffer() {
      return records.buffer();
    }

    @Override
    public int patientIdStart() {
      return idStart[cursor];
    }

    @Override
    public int patientIdEnd() {
      return idEnd[cursor];
    }

    @Override
    public int dayStart() {
      return dayStart[cursor];
    }

    @Override
    public int dayEnd() {
      return dayEnd[cursor];
    }

    @Override
    public double day() {
      return day[cursor];
    }
  }
}
