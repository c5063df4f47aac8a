/**
 * The {@code icans} command-line tool, the library's front door: grades, summarizes and draws CSV
 * files of bedside ICANS and CRS assessments (and grades FHIR), and runs the clinical commands
 * (plan, compare, risk, guide) over the other modules. It decides nothing clinical itself. Exports
 * nothing: its interface is the command line ({@code docs/cli.md}, {@code
 * docs/clinical-commands.md}).
 */
module org.icans.cli {
  requires org.icans.grading;
  requires org.icans.management;
  requires org.icans.guidance;
  requires org.icans.risk;
  // grade --format fhir: FHIR R4 in and out (HAPI FHIR, through icans-fhir).
  requires org.icans.fhir;
  // The plot command only: JFreeChart draws with Java 2D, Batik's SVG generator turns the drawing into
  // SVG in a JDK DOM (java.xml). JFreeChart and Batik are automatic modules; in icans.jar all runs on
  // the class path.
  requires java.desktop;
  requires java.xml;
  requires org.jfree.jfreechart;
  requires org.apache.xmlgraphics.batik.svggen;
  // The command line: picocli reads the annotated options of every command by reflection.
  requires info.picocli;
  opens org.icans.cli to info.picocli;
  opens org.icans.cli.args to info.picocli;
  opens org.icans.cli.grade to info.picocli;
  opens org.icans.cli.summarize to info.picocli;
  opens org.icans.cli.plot to info.picocli;
  opens org.icans.cli.plan to info.picocli;
  opens org.icans.cli.risk to info.picocli;
  opens org.icans.cli.guide to info.picocli;
  // The collectors' times, to stop a process whose heap is too small to make progress (MemoryGuard).
  requires java.management;
}
