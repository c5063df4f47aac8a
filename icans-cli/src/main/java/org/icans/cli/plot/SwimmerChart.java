package org.icans.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.icans.grading.course.Episode;
import org.icans.grading.course.SyndromeCourse;

/**
 * The cohort swimmer plot: one lane per patient, top to bottom in {@link Lane#SEVERITY_ORDER},
 * days since infusion across. In each lane a thin grey bar spans the follow-up, the CRS episodes
 * are bars in the upper half and the ICANS episodes in the lower half, each from onset to
 * resolution (or to the last assessment while ongoing), shaded by the episode's highest grade and
 * numbered with it where the lane is tall enough; markers show onset, peak, an episode still
 * ongoing at the last assessment, and death (grade 5).
 *
 * <p>The bars of the picture are the chart's first dataset ({@link #BARS}): series
 * {@link #FOLLOW_UP}, then CRS grades 1-5, then ICANS grades 1-5, so that tests can read back
 * exactly what was drawn.
 */
final class SwimmerChart {
  private SwimmerChart() {}

  /** The index of the bars' dataset in the plot. */
  static final int BARS = 0;
  /** The series of follow-up bars. */
  static final int FOLLOW_UP = 0;

  // Where in its lane (lane index +- this) each bar lies; CRS above, ICANS below the follow-up line.
  private static final double BAR_NEAR = 0.03;
  private static final double BAR_FAR = 0.47;
  private static final double FOLLOW_UP_HALF = 0.03;
  // The space that titles, caption and the day axis take from the picture's height, in pixels.
  private static final int FRAME_HEIGHT = 150;

  /** The series of episodes of this syndrome and grade 1-5. */
  static int series(GradePalette syndrome, int grade) {
    return (syndrome == GradePalette.CRS ? 0 : 5) + grade;
  }

  /** The lane's centre for its upper (CRS) or lower (ICANS) half. */
  private static double centre(int lane, GradePalette syndrome) {
    double middle = (BAR_NEAR + BAR_FAR) / 2;
    return syndrome == GradePalette.CRS ? lane - middle : lane + middle;
  }

  /**
   * The chart of these lanes.
   *
   * @param source how the input is named in the caption
   * @param height the picture's height in pixels, to size labels and markers to the lanes
   */
  static JFreeChart of(List<Lane> lanes, String source, int height) {
    double lanePixels = Math.max(0.1, (height - FRAME_HEIGHT) / (double) lanes.size());
    XYIntervalSeriesCollection bars = new XYIntervalSeriesCollection();
    bars.addSeries(new XYIntervalSeries("follow-up (first to last assessment)"));
    for (GradePalette syndrome : new GradePalette[] {GradePalette.CRS, GradePalette.ICANS}) {
      for (int g = 1; g <= 5; g++) {
        bars.addSeries(new XYIntervalSeries(syndrome.label() + " grade " + g + (g == 5 ? " (death)" : "")));
      }
    }
    XYSeries onsets = new XYSeries("onset", false, true);
    XYSeries peaks = new XYSeries("peak (first day at the highest grade)", false, true);
    XYSeries ongoing = new XYSeries("ongoing at the last assessment", false, true);
    XYSeries deaths = new XYSeries("death (grade 5)", false, true);
    List<GradeNumber> numbers = new ArrayList<>();
    double minDay = 0;
    double maxDay = 0;
    String[] ids = new String[lanes.size()];
    for (int i = 0; i < lanes.size(); i++) {
      Lane lane = lanes.get(i);
      ids[i] = lane.patientId();
      minDay = Math.min(minDay, lane.firstDay());
      maxDay = Math.max(maxDay, lane.lastDay());
      bars.getSeries(FOLLOW_UP).add(i, i - FOLLOW_UP_HALF, i + FOLLOW_UP_HALF, lane.firstDay(), lane.firstDay(),
          lane.lastDay());
      addEpisodes(bars, i, GradePalette.CRS, lane.course().crs(), lane.lastDay(), onsets, peaks, ongoing, deaths, numbers);
      addEpisodes(bars, i, GradePalette.ICANS, lane.course().icans(), lane.lastDay(), onsets, peaks, ongoing,
          deaths, numbers);
    }
    XYSeriesCollection markers = new XYSeriesCollection();
    markers.addSeries(onsets);
    markers.addSeries(peaks);
    markers.addSeries(ongoing);
    markers.addSeries(deaths);

    XYPlot plot = new XYPlot();
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    // Follow-up behind episodes, markers on top of bars.
    plot.setSeriesRenderingOrder(SeriesRenderingOrder.FORWARD);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(new Color(0xd9d9d9));
    plot.setRangeGridlineStroke(new BasicStroke(0.6f));
    plot.setOutlinePaint(GradePalette.OUTLINE);

    SymbolAxis patients = new SymbolAxis(lanes.size() + " patients", ids);
    patients.setInverted(true);
    patients.setRange(-0.6, lanes.size() - 0.4);
    patients.setGridBandsVisible(true);
    patients.setGridBandPaint(new Color(0xf4f4f4));
    patients.setGridBandAlternatePaint(Color.WHITE);
    float idFont = (float) Math.min(12, lanePixels * 0.75);
    // Below about 7 pixels a lane's id cannot be read; the lanes still are, so only the ids go.
    patients.setTickLabelsVisible(idFont >= 6);
    patients.setTickLabelFont(patients.getTickLabelFont().deriveFont(Math.max(idFont, 6f)));
    patients.setLabel(lanes.size() + " patients (upper bar CRS, lower bar ICANS)");
    plot.setDomainAxis(patients);

    NumberAxis days = new NumberAxis("days since infusion (day 0)");
    days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    days.setRange(minDay - 0.5, maxDay + 1);
    plot.setRangeAxis(days);
    plot.addRangeMarker(Pictures.infusionMarker(false));

    XYBarRenderer barRenderer = new XYBarRenderer();
    barRenderer.setUseYInterval(true);
    barRenderer.setBarPainter(new StandardXYBarPainter());
    barRenderer.setShadowVisible(false);
    // Under 3 pixels a lane would be all outline and no shade.
    barRenderer.setDrawBarOutline(lanePixels >= 3);
    barRenderer.setDefaultOutlineStroke(new BasicStroke(0.5f));
    barRenderer.setDefaultOutlinePaint(GradePalette.OUTLINE);
    barRenderer.setSeriesPaint(FOLLOW_UP, GradePalette.FOLLOW_UP);
    barRenderer.setSeriesOutlinePaint(FOLLOW_UP, GradePalette.FOLLOW_UP);
    // The number may overflow its bar a little: a larger digit reads better than a clipped one.
    float gradeFont = (float) Math.min(11, lanePixels * 0.52);
    for (GradePalette syndrome : GradePalette.values()) {
      for (int g = 1; g <= 5; g++) {
        int s = series(syndrome, g);
        barRenderer.setSeriesPaint(s, syndrome.grade(g));
      }
    }
    // A number shorter than 6 pixels cannot be read; the shade still gives the grade.
    if (gradeFont >= 6) {
      Font font = new Font(Font.SANS_SERIF, Font.BOLD, Math.round(gradeFont));
      for (GradeNumber n : numbers) {
        XYTextAnnotation number = new XYTextAnnotation(Integer.toString(n.grade()), n.lane(), n.day());
        number.setFont(font);
        number.setPaint(n.inside() ? GradePalette.textOn(n.grade()) : Color.BLACK);
        number.setTextAnchor(TextAnchor.CENTER);
        plot.addAnnotation(number, false);
      }
    }
    plot.setDataset(BARS, bars);
    plot.setRenderer(BARS, barRenderer);

    double size = Math.max(3, Math.min(10, lanePixels * (BAR_FAR - BAR_NEAR)));
    XYLineAndShapeRenderer marks = new XYLineAndShapeRenderer(false, true);
    marks.setUseFillPaint(true);
    marks.setUseOutlinePaint(true);
    marks.setDrawOutlines(true);
    marks.setDefaultOutlineStroke(new BasicStroke(1f));
    marks.setSeriesShape(0, new Rectangle2D.Double(-1, -size / 2 - 1, 2, size + 2));
    marks.setSeriesPaint(0, Color.BLACK);
    marks.setSeriesFillPaint(0, Color.BLACK);
    marks.setSeriesOutlinePaint(0, Color.BLACK);
    marks.setSeriesShape(1, Pictures.diamond(size * 0.55));
    marks.setSeriesPaint(1, Color.WHITE);
    marks.setSeriesFillPaint(1, Color.WHITE);
    marks.setSeriesOutlinePaint(1, Color.BLACK);
    marks.setSeriesShape(2, Pictures.arrowHead(size * 0.6));
    marks.setSeriesPaint(2, Color.BLACK);
    marks.setSeriesFillPaint(2, Color.BLACK);
    marks.setSeriesOutlinePaint(2, Color.BLACK);
    marks.setSeriesShape(3, Pictures.plus(size * 0.7));
    marks.setSeriesPaint(3, GradePalette.DEATH);
    marks.setSeriesFillPaint(3, GradePalette.DEATH);
    marks.setSeriesOutlinePaint(3, Color.BLACK);
    plot.setDataset(1, markers);
    plot.setRenderer(1, marks);

    JFreeChart chart = new JFreeChart("CRS and ICANS episodes after infusion, by patient",
        new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, false);
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.RIGHT);
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 3));
    chart.addSubtitle(legend);
    chart.addSubtitle(Pictures.caption("n = " + lanes.size() + " patients; source: " + source + "; "
        + Lane.ORDER_DESCRIPTION + ". Bars: episodes from onset to resolution (the next assessment graded 0),"
        + " or to the last assessment if ongoing; shade and number: the episode's highest grade"
        + " (ASTCT 2019 consensus); dashed line: infusion (day 0)."));
    Pictures.style(chart);
    return chart;
  }

  private static void addEpisodes(XYIntervalSeriesCollection bars, int lane, GradePalette syndrome,
      SyndromeCourse course, double lastDay, XYSeries onsets, XYSeries peaks, XYSeries ongoing, XYSeries deaths,
      List<GradeNumber> numbers) {
    double centre = centre(lane, syndrome);
    double from = syndrome == GradePalette.CRS ? lane - BAR_FAR : lane + BAR_NEAR;
    double to = syndrome == GradePalette.CRS ? lane - BAR_NEAR : lane + BAR_FAR;
    for (Episode e : course.episodes()) {
      OptionalDouble resolution = e.resolutionDay();
      double end = resolution.isPresent() ? resolution.getAsDouble() : lastDay;
      bars.getSeries(series(syndrome, e.maxGrade())).add(centre, from, to, e.startDay(), e.startDay(), end);
      // The number goes past the peak's diamond when the bar has room there, else just after the bar.
      boolean inside = e.peakDay() + 1.1 <= end;
      numbers.add(new GradeNumber(centre, inside ? e.peakDay() + 0.7 : end + (e.isOngoing() ? 0.8 : 0.35),
          e.maxGrade(), inside));
      onsets.add(centre, e.startDay());
      peaks.add(centre, e.peakDay());
      if (e.maxGrade() == 5) {
        deaths.add(centre, e.peakDay());
      } else if (e.isOngoing()) {
        ongoing.add(centre, end);
      }
    }
  }

  /** Where the number of an episode's grade goes: on its bar, or beside it in black. */
  private record GradeNumber(double lane, double day, int grade, boolean inside) {}
}
