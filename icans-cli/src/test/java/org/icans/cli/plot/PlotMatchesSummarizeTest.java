package org.icans.cli.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.icans.cli.Cli;
import org.icans.cli.command.FileCommand;
import org.icans.cli.assessment.Decimals;
import org.icans.cli.output.ErrorReport;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.junit.jupiter.api.Test;

/**
 * The swimmer plot of the example cohort draws exactly the courses {@code summarize} prints: read
 * back from the chart's dataset, every lane's episodes (count, onset, highest grade, peak within
 * the bar of that grade, resolution) and follow-up agree with the summary row of its patient.
 */
class PlotMatchesSummarizeTest {
  private record Bar(double from, double to, int grade) {}

  @Test
  void theEpisodesDrawnAreTheEpisodesSummarizeReports() throws IOException {
    Cli.Result summary = Cli.run("summarize", PlotCommandTest.COHORT);
    assertEquals(0, summary.exit(), summary.err());
    List<String> lines = summary.lines();
    List<String> columns = List.of(lines.get(0).split(","));
    Map<String, Map<String, String>> byPatient = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int c = 0; c < cells.length; c++) {
        row.put(columns.get(c), cells[c]);
      }
      byPatient.put(cells[0], row);
    }

    CohortReader cohort = new CohortReader();
    try (InputStream in = Files.newInputStream(Cli.EXAMPLES.resolve("cohort.csv"))) {
      PrintStream err = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
      assertEquals(FileCommand.OK, cohort.run(in, ErrorReport.text(err, "cohort.csv")));
    }
    JFreeChart chart = SwimmerChart.of(cohort.lanes(), "cohort.csv", PlotCommand.DEFAULT_HEIGHT);
    XYPlot plot = chart.getXYPlot();
    XYIntervalSeriesCollection bars = (XYIntervalSeriesCollection) plot.getDataset(SwimmerChart.BARS);
    SymbolAxis lanes = (SymbolAxis) plot.getDomainAxis();
    assertEquals(byPatient.size(), lanes.getSymbols().length);

    for (int lane = 0; lane < lanes.getSymbols().length; lane++) {
      String id = lanes.getSymbols()[lane];
      Map<String, String> row = byPatient.get(id);
      XYIntervalSeries followUp = bars.getSeries(SwimmerChart.FOLLOW_UP);
      assertEquals(lane, followUp.getX(lane).doubleValue(), id);
      assertEquals(row.get("last_day"), Decimals.format(followUp.getYHighValue(lane)), id);
      check(id, "crs", bars(bars, GradePalette.CRS, lane), row);
      check(id, "icans", bars(bars, GradePalette.ICANS, lane), row);
    }
  }

  @Test
  void lanesFollowTheDocumentedOrder() throws IOException {
    CohortReader cohort = new CohortReader();
    try (InputStream in = Files.newInputStream(Cli.EXAMPLES.resolve("cohort.csv"))) {
      cohort.run(in, ErrorReport.text(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
          "cohort.csv"));
    }
    List<Lane> lanes = cohort.lanes();
    for (int i = 1; i < lanes.size(); i++) {
      assertTrue(Lane.SEVERITY_ORDER.compare(lanes.get(i - 1), lanes.get(i)) < 0);
      assertTrue(lanes.get(i - 1).course().icans().maxGrade().orElse(-1)
          >= lanes.get(i).course().icans().maxGrade().orElse(-1));
    }
  }

  private static void check(String id, String syndrome, List<Bar> drawn, Map<String, String> row) {
    String what = id + " " + syndrome;
    assertEquals(row.get(syndrome + "_episodes"), Integer.toString(drawn.size()), what);
    if (drawn.isEmpty()) {
      assertTrue(List.of("", "0").contains(row.get("max_" + syndrome + "_grade")), what);
      return;
    }
    assertEquals(row.get(syndrome + "_onset_day"), Decimals.format(drawn.get(0).from()), what);
    int max = drawn.stream().mapToInt(Bar::grade).max().getAsInt();
    assertEquals(row.get("max_" + syndrome + "_grade"), Integer.toString(max), what);
    double peak = Double.parseDouble(row.get(syndrome + "_peak_day"));
    assertTrue(drawn.stream().anyMatch(b -> b.grade() == max && b.from() <= peak && peak <= b.to()), what);
    String resolution = row.get(syndrome + "_resolution_day");
    if (!resolution.isEmpty()) {
      assertEquals(resolution, Decimals.format(drawn.get(drawn.size() - 1).to()), what);
    }
  }

  /** The bars drawn in one lane for one syndrome, in day order. */
  private static List<Bar> bars(XYIntervalSeriesCollection bars, GradePalette syndrome, int lane) {
    List<Bar> found = new ArrayList<>();
    for (int grade = 1; grade <= 5; grade++) {
      XYIntervalSeries s = bars.getSeries(SwimmerChart.series(syndrome, grade));
      for (int i = 0; i < s.getItemCount(); i++) {
        double x = s.getX(i).doubleValue();
        boolean inLane = syndrome == GradePalette.CRS ? x > lane - 0.5 && x < lane : x > lane && x < lane + 0.5;
        if (inLane) {
          found.add(new Bar(s.getYLowValue(i), s.getYHighValue(i), grade));
        }
      }
    }
    found.sort((a, b) -> Double.compare(a.from(), b.from()));
    return found;
  }
}
