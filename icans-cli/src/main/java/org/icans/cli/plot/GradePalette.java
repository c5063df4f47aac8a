package org.icans.cli.plot;

import java.awt.Color;

/**
 * The colours of the pictures. Each syndrome has one hue, blue for ICANS and orange for CRS (a pair
 * that people with any common colour-vision deficiency tell apart), and the grade is the shade:
 * grade 1 light to grade 5 near black (ColorBrewer's sequential Blues and Oranges), so the grade
 * reads in grey scale too. Pictures also print the grade as a number where there is room.
 */
enum GradePalette {
  /** ICANS: ColorBrewer Blues. */
  ICANS("ICANS", new Color(0x08519c), new Color[] {
    new Color(0xc6dbef), new Color(0x6baed6), new Color(0x2171b5), new Color(0x08306b), new Color(0x03142e)}),
  /** CRS: ColorBrewer Oranges. */
  CRS("CRS", new Color(0xa63603), new Color[] {
    new Color(0xfdd0a2), new Color(0xfd8d3c), new Color(0xd94801), new Color(0x7f2704), new Color(0x331001)});

  /** The outline of bars and markers, so that the palest shade stands out from the background. */
  static final Color OUTLINE = new Color(0x404040);
  /** Follow-up, grade 0 and "not assessed": greys, which carry no grade. */
  static final Color FOLLOW_UP = new Color(0xbdbdbd);
  static final Color NOT_ASSESSED = new Color(0x737373);
  /** The mark of death (grade 5), a red that also differs from both hues by its shape, a plus sign. */
  static final Color DEATH = new Color(0xd7191c);

  private final String label;
  private final Color line;
  private final Color[] grades;

  GradePalette(String label, Color line, Color[] grades) {
    this.label = label;
    this.line = line;
    this.grades = grades;
  }

  /** The syndrome's name in the pictures. */
  String label() {
    return label;
  }

  /** The colour of lines joining the syndrome's grades. */
  Color line() {
    return line;
  }

  /** The shade of a grade 1-5; grade 0 is white. */
  Color grade(int grade) {
    return grade <= 0 ? Color.WHITE : grades[grade - 1];
  }

  /** Black text on the light shades, white on the dark ones. */
  static Color textOn(int grade) {
    return grade <= 2 ? Color.BLACK : Color.WHITE;
  }
}
