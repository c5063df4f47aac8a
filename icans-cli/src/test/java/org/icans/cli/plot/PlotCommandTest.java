package org.icans.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.icans.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** {@code icans plot}, end to end in-process: pictures written, options checked, exit statuses. */
class PlotCommandTest {
  static final String COHORT = Cli.EXAMPLES.resolve("cohort.csv").toString();

  @TempDir
  Path dir;

  @Test
  void theSwimmerPlotIsAPngOfTheRequestedSize() throws IOException {
    Path png = dir.resolve("swimmer.png");
    Cli.Result r = Cli.run("plot", COHORT, "--output", png.toString(), "--width", "800", "--height", "600");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    assertTrue(r.out().contains("swimmer plot of 36 patients"), r.out());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(800, image.getWidth());
    assertEquals(600, image.getHeight());
  }

  @Test
  void theDefaultSizeIsASlide() throws IOException {
    Path png = dir.resolve("default.png");
    assertEquals(0, Cli.run("plot", "--output", png.toString(), COHORT).exit());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(PlotCommand.DEFAULT_WIDTH, image.getWidth());
    assertEquals(PlotCommand.DEFAULT_HEIGHT, image.getHeight());
  }

  @Test
  void aPatientTimelineAsSvgHasTheRequestedSize() throws Exception {
    Path svg = dir.resolve("PT002.SVG");
    Cli.Result r = Cli.run("plot", COHORT, "--patient", "PT002", "--output", svg.toString(), "--width", "1000",
        "--height", "500");
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
    assertTrue(text.strip().endsWith("</svg>"));
    Element root = parseXml(svg).getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", root.getNamespaceURI());
    assertEquals("1000", root.getAttribute("width"));
    assertEquals("500", root.getAttribute("height"));
    assertEquals("0 0 1000 500", root.getAttribute("viewBox"));
    // Text stays text: the title can be searched for in the file.
    assertTrue(text.contains("Patient PT002"));
  }

  @Test
  void theSwimmerPlotAsSvgIsWellFormedXmlOfTheDefaultSize() throws Exception {
    Path svg = dir.resolve("swimmer.svg");
    Cli.Result r = Cli.run("plot", COHORT, "--output", svg.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.size(svg) > 10_000, () -> "only " + svg.toFile().length() + " bytes");
    Element root = parseXml(svg).getDocumentElement();
    assertEquals("svg", root.getLocalName());
    assertEquals(String.valueOf(PlotCommand.DEFAULT_WIDTH), root.getAttribute("width"));
    assertEquals(String.valueOf(PlotCommand.DEFAULT_HEIGHT), root.getAttribute("height"));
    // Numbers are written with decimal points under any default locale (Surefire runs under hi-IN).
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.matches("(?s).* d=\"M[0-9. LMCZ-]+\".*"), "a path of plain numbers");
    assertFalse(text.matches("(?s).* (x|y|d|width|height|stroke-width)=\"[^\"]*,.*"), "a decimal comma");
  }

  /** Parses a file as namespace-aware XML, refusing DTDs (an SVG writer must not need one). */
  static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  @Test
  void aPatientTimelineAsPng() throws IOException {
    Path png = dir.resolve("PT001.png");
    Cli.Result r = Cli.run("plot", "--patient=PT001", "--output=" + png, COHORT);
    assertEquals(0, r.exit(), r.err());
    assertEquals(PlotCommand.DEFAULT_WIDTH, ImageIO.read(png.toFile()).getWidth());
  }

  @Test
  void drawsWithoutADisplay() {
    Cli.run("plot", COHORT, "--output", dir.resolve("h.png").toString());
    assertTrue(GraphicsEnvironment.isHeadless());
  }

  @Test
  void badRowsAreReportedByLineTheRestIsDrawnAndTheStatusIs2() throws IOException {
    Path png = dir.resolve("bad.png");
    Cli.Result r = Cli.run("plot", Cli.EXAMPLES.resolve("bad-rows.csv").toString(), "--output", png.toString());
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("bad-rows.csv, line 3, column seizure: value \"mild\" is not allowed"), r.err());
    assertTrue(r.err().contains("15 of 17 rows not graded"), r.err());
    assertTrue(Files.size(png) > 0);
  }

  @Test
  void standardInputIsRead() throws IOException {
    Path png = dir.resolve("stdin.png");
    Cli.Result r = Cli.runWithInput("patient_id,day,age_years,ice_score,temperature_c\nA,0,50,10,37\nA,1,50,6,38.5\n"
        + "A,2,50,10,37\n", "plot", "-", "--output", png.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(Files.size(png) > 0);
  }

  @Test
  void aCohortAboveTheLimitIsRefusedNamingTheLimitAndTheOption() {
    Path png = dir.resolve("big.png");
    Cli.Result r = Cli.run("plot", COHORT, "--output", png.toString(), "--max-patients", "10");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("holds 36 patients, more than the limit of 10"), r.err());
    assertTrue(r.err().contains("--max-patients 36"), r.err());
    assertFalse(Files.exists(png));
  }

  @Test
  void theDefaultLimitIs2000Patients() {
    assertEquals(2000, PlotCommand.DEFAULT_MAX_PATIENTS);
  }

  @Test
  void anUnknownPatientIsRefusedWithExamples() {
    Path png = dir.resolve("x.png");
    Cli.Result r = Cli.run("plot", COHORT, "--patient", "PT999", "--output", png.toString());
    assertEquals(1, r.exit());
    assertEquals("icans plot: --patient: 'PT999' is not allowed; allowed: a patient_id with a graded row in " + COHORT
        + ", like PT001, PT002, PT003\n", r.err());
    assertFalse(Files.exists(png));
  }

  @Test
  void aFileWithoutAGradedRowDrawsNothing() {
    Path png = dir.resolve("empty.png");
    Cli.Result r = Cli.runWithInput("patient_id,day,age_years\n", "plot", "-", "--output", png.toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("standard input has no graded row, so there is nothing to draw"), r.err());
    assertFalse(Files.exists(png));
  }

  @Test
  void aMissingFileIsUnreadable() {
    Cli.Result r = Cli.run("plot", "no/such/file.csv", "--output", dir.resolve("m.png").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("no/such/file.csv"), r.err());
    assertTrue(r.err().contains("no such file"), r.err());
  }

  @Test
  void aPictureThatCannotBeWrittenIsReported() {
    Cli.Result r = Cli.run("plot", COHORT, "--output", dir.resolve("no/such/dir/s.png").toString());
    assertEquals(1, r.exit());
    assertTrue(r.err().startsWith("icans plot: --output: "), r.err());
    assertTrue(r.err().contains("cannot be written"), r.err());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '#', value = {
    "plot|examples.csv| missing --output: the picture to write, a file name ending in .png or .svg",
    "plot|--output|x.png| no FILE given",
    "plot|f.csv|--output|x.jpg| --output: 'x.jpg' is not allowed; allowed: a file name ending in .png or .svg",
    "plot|f.csv|--output|.png| --output: '.png' is not allowed",
    "plot|f.csv|--output|x.png|--width|100| --width: '100' is not allowed; allowed: an integer number of pixels "
        + "from 480 to 4000",
    "plot|f.csv|--output|x.png|--width|4001| --width: '4001' is not allowed",
    "plot|f.csv|--output|x.png|--height|7.5| --height: '7.5' is not allowed; allowed: an integer number of "
        + "pixels from 360 to 4000",
    "plot|f.csv|--output|x.png|--max-patients|0| --max-patients: '0' is not allowed; allowed: an integer from 1 "
        + "to 1000000",
    "plot|f.csv|--output|x.png|--patient|P|--max-patients|5| --max-patients applies to the swimmer plot",
    "plot|f.csv|--output|x.png|--dpi|300| unknown option '--dpi'",
    "plot|f.csv|g.csv|--output|x.png| unexpected argument 'g.csv'",
  })
  void wrongCommandLinesAreRefusedWithStatus1(String commandLine) {
    String[] parts = commandLine.split("\\|");
    String expected = parts[parts.length - 1].strip();
    String[] args = java.util.Arrays.copyOf(parts, parts.length - 1);
    Cli.Result r = Cli.run(args);
    assertEquals(1, r.exit(), r.err());
    assertTrue(r.err().startsWith("icans plot: "), r.err());
    assertTrue(r.err().contains(expected), r.err());
  }

  @Test
  void helpNamesEveryOption() {
    Cli.Result r = Cli.run("plot", "--help");
    assertEquals(0, r.exit());
    for (String option : new String[] {"--output", "--patient", "--width", "--height", "--max-patients"}) {
      assertTrue(r.out().contains(option), option);
    }
  }

  @Test
  void theMainHelpAndTheUnknownCommandMessageNamePlot() {
    assertTrue(Cli.run("--help").out().contains("\n  plot "));
    Cli.Result r = Cli.run("draw", "x.csv");
    assertEquals(1, r.exit());
    assertTrue(r.err().contains("the commands are grade, summarize, plot, plan, compare, risk and guide"), r.err());
  }
}
