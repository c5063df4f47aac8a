package org.icans.cli.plot;

import org.icans.cli.course.PatientRows;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.cli.assessment.Decimals;
import org.icans.grading.course.Episode;
import org.icans.grading.course.PatientCourse;
import org.icans.grading.course.SyndromeCourse;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * One patient's timeline: two panels on one day axis, ICANS above and CRS below, each with the
 * grade of every assessment (a filled dot when the grade is measured, a hollow one when it is a
 * lower bound because something was not assessed, a grey cross on the "not assessed" line when
 * nothing of the syndrome was), the line joining the grades, the episodes shaded by their highest
 * grade, and grade 5 (death) marked.
 *
 * <p>Each panel's dataset holds series {@link #GRADES}, {@link #MEASURED}, {@link #LOWER_BOUND},
 * {@link #NOT_ASSESSED} and {@link #DEATH}; y is the grade plus one, so that "not assessed" sits
 * below grade 0.
 */
final class TimelineChart {
  private TimelineChart() {}

  static final int GRADES = 0;
  static final int MEASURED = 1;
  static final int LOWER_BOUND = 2;
  static final int NOT_ASSESSED = 3;
  static final int DEATH = 4;

  private static final String[] GRADE_AXIS = {"not assessed", "0", "1", "2", "3", "4", "5 (death)"};

  /**
   * The chart of one patient.
   *
   * @param patientId the patient
   * @param rows the patient's graded rows, sorted by day
   * @param course the patient's course, as {@code summarize} computes it
   * @param source how the input is named in the caption
   */
  static JFreeChart of(String patientId, List<PatientRows.Row> rows, PatientCourse course,
      String source) {
    double first = Math.min(0, rows.get(0).day());
    double last = Math.max(0, rows.get(rows.size() - 1).day());
    NumberAxis days = new NumberAxis("days since infusion (day 0)");
    days.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    days.setRange(first - 0.5, last + 0.5);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(days);
    plot.setGap(14);
    plot.add(panel(GradePalette.ICANS, rows, course.icans()), 1);
    plot.add(panel(GradePalette.CRS, rows, course.crs()), 1);
    plot.setFixedLegendItems(legend());

    JFreeChart chart = new JFreeChart("Patient " + patientId + ": ICANS and CRS grade at each assessment",
        new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, false);
    LegendTitle legend = new LegendTitle(plot);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    legend.setItemLabelPadding(new RectangleInsets(1, 3, 1, 8));
    chart.addSubtitle(legend);
    chart.addSubtitle(Pictures.caption("Source: " + source + "; " + rows.size() + " graded assessments, days "
        + Decimals.format(rows.get(0).day()) + " to " + Decimals.format(rows.get(rows.size() - 1).day())
        + ". " + summary("ICANS", course.icans()) + " " + summary("CRS", course.crs())
        + " Grades by the ASTCT 2019 consensus; an episode runs from onset to the next assessment graded 0."));
    Pictures.style(chart);
    return chart;
  }

  /** The course in words, with the numbers {@code summarize} prints. */
  static String summary(String name, SyndromeCourse c) {
    OptionalInt max = c.maxGrade();
    if (max.isEmpty()) {
      return name + ": never assessed.";
    }
    if (c.episodes().isEmpty()) {
      return name + ": highest grade " + max.getAsInt() + ", no episode.";
    }
    StringBuilder s = new StringBuilder(name).append(": highest grade ").append(max.getAsInt())
        .append(", onset day ").append(Decimals.format(c.onsetDay().getAsDouble()))
        .append(", peak day ").append(Decimals.format(c.peakDay().getAsDouble()));
    OptionalDouble resolved = c.resolutionDay();
    s.append(resolved.isPresent() ? ", resolved day " + Decimals.format(resolved.getAsDouble())
        : ", ongoing at the last assessment");
    int n = c.episodes().size();
    return s.append(n == 1 ? "" : ", " + n + " episodes").append('.').toString();
  }

  private static XYPlot panel(GradePalette syndrome, List<PatientRows.Row> rows, SyndromeCourse c) {
    XYSeries grades = new XYSeries("grade", false, true);
    XYSeries measured = new XYSeries("measured", false, true);
    XYSeries lowerBound = new XYSeries("lower bound", false, true);
    XYSeries notAssessed = new XYSeries("not assessed", false, true);
    XYSeries death = new XYSeries("death", false, true);
    for (PatientRows.Row a : rows) {
      boolean icans = syndrome == GradePalette.ICANS;
      int g = icans ? a.icansGrade() : a.crsGrade();
      boolean complete = icans ? a.icansComplete() : a.crsComplete();
      if (g < 0) {
        notAssessed.add(a.day(), 0);
        continue;
      }
      grades.add(a.day(), g + 1);
      (complete ? measured : lowerBound).add(a.day(), g + 1);
      if (g == 5) {
        death.add(a.day(), g + 1);
      }
    }
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(grades);
    data.addSeries(measured);
    data.addSeries(lowerBound);
    data.addSeries(notAssessed);
    data.addSeries(death);

    XYLineAndShapeRenderer r = new XYLineAndShapeRenderer();
    r.setUseFillPaint(true);
    r.setUseOutlinePaint(true);
    r.setDrawOutlines(true);
    r.setSeriesLinesVisible(GRADES, true);
    r.setSeriesShapesVisible(GRADES, false);
    r.setSeriesPaint(GRADES, syndrome.line());
    r.setSeriesStroke(GRADES, new BasicStroke(1.2f));
    for (int s = MEASURED; s <= DEATH; s++) {
      r.setSeriesLinesVisible(s, false);
      r.setSeriesShapesVisible(s, true);
      r.setSeriesOutlineStroke(s, new BasicStroke(1.5f));
    }
    r.setSeriesShape(MEASURED, Pictures.dot(4));
    r.setSeriesFillPaint(MEASURED, syndrome.line());
    r.setSeriesOutlinePaint(MEASURED, syndrome.line());
    r.setSeriesShape(LOWER_BOUND, Pictures.dot(4));
    r.setSeriesFillPaint(LOWER_BOUND, Color.WHITE);
    r.setSeriesOutlinePaint(LOWER_BOUND, syndrome.line());
    r.setSeriesShape(NOT_ASSESSED, Pictures.xMark(3.5));
    r.setSeriesFillPaint(NOT_ASSESSED, GradePalette.NOT_ASSESSED);
    r.setSeriesOutlinePaint(NOT_ASSESSED, GradePalette.NOT_ASSESSED);
    r.setSeriesShape(DEATH, Pictures.plus(8));
    r.setSeriesFillPaint(DEATH, GradePalette.DEATH);
    r.setSeriesOutlinePaint(DEATH, Color.BLACK);
    r.setSeriesOutlineStroke(DEATH, new BasicStroke(1f));

    SymbolAxis grade = new SymbolAxis(syndrome.label() + " grade", GRADE_AXIS);
    grade.setRange(-0.6, GRADE_AXIS.length - 0.4);
    grade.setGridBandsVisible(false);
    XYPlot p = new XYPlot(data, null, grade, r);
    p.setBackgroundPaint(Color.WHITE);
    p.setOutlinePaint(GradePalette.OUTLINE);
    p.setRangeGridlinePaint(new Color(0xd9d9d9));
    p.setDomainGridlinePaint(new Color(0xececec));
    p.addDomainMarker(Pictures.infusionMarker(true), Layer.FOREGROUND);
    double last = rows.get(rows.size() - 1).day();
    int n = 0;
    for (Episode e : c.episodes()) {
      n++;
      OptionalDouble resolution = e.resolutionDay();
      IntervalMarker m = new IntervalMarker(e.startDay(), resolution.isPresent() ? resolution.getAsDouble() : last);
      Color shade = syndrome.grade(e.maxGrade());
      m.setPaint(new Color(shade.getRed(), shade.getGreen(), shade.getBlue(), 90));
      m.setOutlinePaint(syndrome.line());
      m.setOutlineStroke(new BasicStroke(0.6f));
      m.setLabel((c.episodes().size() == 1 ? "episode" : "episode " + n) + ": grade " + e.maxGrade()
          + (e.isOngoing() ? ", ongoing" : ""));
      m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
      m.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
      // One line below the top, so that it never covers the infusion's label at day 0.
      m.setLabelOffset(new RectangleInsets(16, 3, 3, 3));
      m.setLabelBackgroundColor(Pictures.NO_BACKGROUND);
      p.addDomainMarker(m, Layer.BACKGROUND);
    }
    return p;
  }

  private static LegendItemCollection legend() {
    LegendItemCollection items = new LegendItemCollection();
    for (GradePalette s : GradePalette.values()) {
      items.add(item(s.label() + ": grade, all assessed", Pictures.dot(4), s.line(), s.line()));
      items.add(item(s.label() + ": lower bound (something not assessed)", Pictures.dot(4), Color.WHITE, s.line()));
    }
    items.add(item("no grade: nothing of the syndrome assessed", Pictures.xMark(3.5), GradePalette.NOT_ASSESSED,
        GradePalette.NOT_ASSESSED));
    items.add(item("grade 5: death", Pictures.plus(6), GradePalette.DEATH, Color.BLACK));
    LegendItem episode = new LegendItem("episode, shaded by its highest grade", null, null, null,
        new Rectangle2D.Double(-7, -5, 14, 10), new Color(0x96, 0x96, 0x96, 90), new BasicStroke(0.6f),
        GradePalette.OUTLINE);
    items.add(episode);
    return items;
  }

  private static LegendItem item(String label, Shape shape, Color fill, Color outline) {
    return new LegendItem(label, null, null, null, shape, fill, new BasicStroke(1.5f), outline);
  }
}
