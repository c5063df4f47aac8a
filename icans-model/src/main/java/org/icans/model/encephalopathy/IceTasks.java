package org.icans.model.encephalopathy;

import static org.icans.model.InvalidValueException.requireInRange;

import org.icans.model.InvalidValueException;

/**
 * The five tasks of the Immune Effector Cell-Associated Encephalopathy (ICE) screen, each with the
 * points the patient scored.
 *
 * <p>Source: Lee DW et al., ASTCT consensus, Biol Blood Marrow Transplant 2019;25:625-638, ICE
 * table, as reprinted in Cevering CK et al., Neurol Clin Pract 2026 (seed 002) Table 1:
 * <ul>
 *   <li>orientation to year, month, city and hospital: 1 point each, {@value #MAX_ORIENTATION};
 *   <li>naming three objects (for example clock, pen, button): 1 point each, {@value #MAX_NAMING};
 *   <li>following simple commands ("show me 2 fingers"): {@value #MAX_COMMANDS};
 *   <li>writing a standard sentence: {@value #MAX_WRITING};
 *   <li>attention, counting backwards from 100 by 10: {@value #MAX_ATTENTION}.
 * </ul>
 * The total is their sum, 0-10. An untestable task (an intubated patient cannot name objects) is
 * not a task scored 0: record no ICE at all rather than invent the missing points.
 *
 * <p>Instances are immutable and shared: there are only 160 combinations, all built once.
 */
public final class IceTasks {
  /** Orientation: year, month, city, hospital. */
  public static final int MAX_ORIENTATION = 4;
  /** Naming three objects. */
  public static final int MAX_NAMING = 3;
  /** Following simple commands. */
  public static final int MAX_COMMANDS = 1;
  /** Writing a standard sentence. */
  public static final int MAX_WRITING = 1;
  /** Counting backwards from 100 by 10. */
  public static final int MAX_ATTENTION = 1;

  private static final IceTasks[] ALL = new IceTasks[160];

  static {
    for (int o = 0; o <= MAX_ORIENTATION; o++) {
      for (int n = 0; n <= MAX_NAMING; n++) {
        for (int c = 0; c <= MAX_COMMANDS; c++) {
          for (int w = 0; w <= MAX_WRITING; w++) {
            for (int a = 0; a <= MAX_ATTENTION; a++) {
              ALL[index(o, n, c, w, a)] = new IceTasks(o, n, c, w, a);
            }
          }
        }
      }
    }
  }

  private final byte orientation;
  private final byte naming;
  private final byte commands;
  private final byte writing;
  private final byte attention;

  private IceTasks(int orientation, int naming, int commands, int writing, int attention) {
    this.orientation = (byte) orientation;
    this.naming = (byte) naming;
    this.commands = (byte) commands;
    this.writing = (byte) writing;
    this.attention = (byte) attention;
  }

  /**
   * The tasks with the points scored on each.
   *
   * @throws org.icans.model.InvalidValueException if a task's points are outside its range
   */
  public static IceTasks of(int orientation, int naming, int commands, int writing, int attention) {
    requireInRange("ice.orientation", orientation, 0, MAX_ORIENTATION);
    requireInRange("ice.naming", naming, 0, MAX_NAMING);
    requireInRange("ice.commands", commands, 0, MAX_COMMANDS);
    requireInRange("ice.writing", writing, 0, MAX_WRITING);
    requireInRange("ice.attention", attention, 0, MAX_ATTENTION);
    return ALL[index(orientation, naming, commands, writing, attention)];
  }

  private static int index(int o, int n, int c, int w, int a) {
    return (((o * 4 + n) * 2 + c) * 2 + w) * 2 + a;
  }

  /** Points for orientation, 0-4. */
  public int orientation() {
    return orientation;
  }

  /** Points for naming, 0-3. */
  public int naming() {
    return naming;
  }

  /** Points for following commands, 0-1. */
  public int commands() {
    return commands;
  }

  /** Points for writing, 0-1. */
  public int writing() {
    return writing;
  }

  /** Points for attention, 0-1. */
  public int attention() {
    return attention;
  }

  /** The ICE score, the sum of the five tasks, 0-10. */
  public int total() {
    return orientation + naming + commands + writing + attention;
  }

  @Override
  public String toString() {
    return "IceTasks{orientation=" + orientation + ", naming=" + naming + ", commands=" + commands
        + ", writing=" + writing + ", attention=" + attention + "}";
  }
}
