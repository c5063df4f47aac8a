/**
 * The {@code icans} command-line tool: grades and summarizes CSV files of bedside ICANS and CRS
 * assessments with the grading library. Exports nothing: its interface is the command line
 * ({@code docs/cli.md}).
 */
module org.icans.cli {
  requires org.icans.grading;
  requires org.icans.management;
  requires org.icans.risk;
  // The collectors' times, to stop a process whose heap is too small to make progress (MemoryGuard).
  requires java.management;
}
