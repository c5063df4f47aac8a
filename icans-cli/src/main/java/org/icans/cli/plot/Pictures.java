package org.icans.cli.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** What both pictures share: the day-0 marker, the marks, the caption, the style, and writing PNG or SVG. */
final class Pictures {
  private Pictures() {}

  /** A picture file's format, chosen by the name's ending. */
  enum Format {
    PNG,
    SVG;

    /** The format of a file name ending in {@code .png} or {@code .svg} (any case), or null. */
    static Format of(String fileName) {
      String lower = fileName.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".png") && lower.length() > 4) {
        return PNG;
      }
      if (lower.endsWith(".svg") && lower.length() > 4) {
        return SVG;
      }
      return null;
    }
  }

  /** Marker labels are drawn on the picture itself, with no box around them. */
  static final Color NO_BACKGROUND = new Color(255, 255, 255, 0);

  /**
   * The infusion: a dashed line at day 0.
   *
   * @param labelled whether to write "day 0: infusion" beside it, at the top of the plot
   */
  static ValueMarker infusionMarker(boolean labelled) {
    ValueMarker m = new ValueMarker(0, Color.BLACK,
        new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
    if (!labelled) {
      return m;
    }
    m.setLabel("day 0: infusion");
    m.setLabelBackgroundColor(NO_BACKGROUND);
    m.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
    m.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
    m.setLabelTextAnchor(TextAnchor.TOP_LEFT);
    m.setLabelOffset(new RectangleInsets(2, 3, 2, 3));
    return m;
  }

  /** A diamond of half-diagonal {@code r}, centred on the origin. */
  static Shape diamond(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(r, 0);
    p.lineTo(0, r);
    p.lineTo(-r, 0);
    p.closePath();
    return p;
  }

  /** A triangle pointing right (later days), its base on the origin. */
  static Shape arrowHead(double r) {
    Path2D.Double p = new Path2D.Double();
    p.moveTo(0, -r);
    p.lineTo(1.6 * r, 0);
    p.lineTo(0, r);
    p.closePath();
    return p;
  }

  /** A plus sign of half-width {@code r}, arms a third as thick: the mark of death. */
  static Shape plus(double r) {
    double t = r / 3;
    Path2D.Double p = new Path2D.Double();
    p.moveTo(-t, -r);
    p.lineTo(t, -r);
    p.lineTo(t, -t);
    p.lineTo(r, -t);
    p.lineTo(r, t);
    p.lineTo(t, t);
    p.lineTo(t, r);
    p.lineTo(-t, r);
    p.lineTo(-t, t);
    p.lineTo(-r, t);
    p.lineTo(-r, -t);
    p.lineTo(-t, -t);
    p.closePath();
    return p;
  }

  /** A diagonal cross of half-width {@code r}: "not assessed". */
  static Shape xMark(double r) {
    return AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(plus(r * 1.3));
  }

  /** A dot of radius {@code r}. */
  static Shape dot(double r) {
    return new Ellipse2D.Double(-r, -r, 2 * r, 2 * r);
  }

  /** The caption below the plot: what is drawn, from which file. */
  static TextTitle caption(String text) {
    TextTitle t = new TextTitle(text, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    t.setPosition(RectangleEdge.BOTTOM);
    t.setHorizontalAlignment(HorizontalAlignment.LEFT);
    t.setTextAlignment(HorizontalAlignment.LEFT);
    t.setPadding(new RectangleInsets(6, 8, 2, 8));
    return t;
  }

  /** A white picture with anti-aliased lines and text. */
  static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setPadding(new RectangleInsets(6, 6, 6, 6));
  }

  /** Writes the chart, {@code width} x {@code height} pixels, to {@code path} in {@code format}. */
  static void write(JFreeChart chart, Format format, Path path, int width, int height) throws IOException {
    if (format == Format.SVG) {
      writeSvg(chart, path, width, height);
      return;
    }
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    chart.draw(g, new Rectangle(width, height));
    g.dispose();
    try (OutputStream out = Files.newOutputStream(path)) {
      if (!ImageIO.write(image, "png", out)) {
        throw new IOException("no PNG writer in this Java runtime");
      }
    }
  }

  /** The SVG namespace, of the root element. */
  static final String SVG_NS = "http://www.w3.org/2000/svg";

  private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
  private static final String XMLNS_NS = "http://www.w3.org/2000/xmlns/";

  /**
   * Writes the chart as SVG with Apache Batik's SVG generator, into a JDK DOM document that the
   * JDK's XML transformer then writes: an XML declaration, no DOCTYPE (nothing for a reader to
   * fetch), presentation attributes. Text stays text (searchable, selectable) in the fonts
   * JFreeChart asked for; the root has the size in pixels as {@code width} and {@code height} and a
   * matching {@code viewBox}, so it scales.
   */
  private static void writeSvg(JFreeChart chart, Path path, int width, int height) throws IOException {
    Document document;
    Transformer xml;
    try {
      document = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
          .createDocument(SVG_NS, "svg", null);
      xml = TransformerFactory.newInstance().newTransformer();
    } catch (ParserConfigurationException | TransformerConfigurationException e) {
      throw new IOException("no XML support in this Java runtime: " + e.getMessage(), e);
    }
    SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
    context.setComment(null);
    SVGGraphics2D g = new SVGGraphics2D(context, false);
    g.setSVGCanvasSize(new Dimension(width, height));
    chart.draw(g, new Rectangle(width, height));
    Element root = g.getRoot();
    g.dispose();
    root.setAttributeNS(XMLNS_NS, "xmlns", SVG_NS);
    root.setAttributeNS(XMLNS_NS, "xmlns:xlink", XLINK_NS);
    root.setAttributeNS(null, "viewBox", "0 0 " + width + " " + height);
    document.replaceChild(root, document.getDocumentElement());
    document.setXmlStandalone(true);
    xml.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    xml.setOutputProperty(OutputKeys.INDENT, "yes");
    xml.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "1");
    try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
      xml.transform(new DOMSource(document), new StreamResult(out));
      out.write("\n");
    } catch (TransformerException e) {
      throw new IOException("cannot write the SVG: " + e.getMessage(), e);
    }
  }
}
