package org.icans.cli.assessment;

import java.util.Arrays;
import org.icans.grading.crs.CrsGrade;
import org.icans.grading.crs.CrsGrader;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.grading.icans.IcansGrade;
import org.icans.grading.icans.IcansGrader;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;

/**
 * Remembers the grade of every distinct set of findings met in a file, so that a row whose findings
 * were seen before is graded by one lookup instead of building the model's observations again.
 *
 * <p>A file of millions of rows holds at most a few thousand distinct findings. The first time a
 * set of findings is met, the row's observations are built through the model's builders (which
 * validate them) and graded by {@link IcansGrader} and {@link CrsGrader}; the result, an immutable
 * shared value, is kept under a key made of exactly what the grade depends on:
 *
 * <ul>
 *   <li>ICANS: the tool (by age and developmental delay), the value of that tool (the ICE total or
 *       the CAPD total or "unable"; the other tool is ignored by the grader, as the contract says,
 *       and ICE tasks or CAPD answers count through their total), and the presence and value of
 *       consciousness, seizure, motor and ICP findings, the attributed domains, and death;
 *   <li>CRS: whether the temperature is absent, below, or at or above
 *       {@link CrsGrader#FEVER_THRESHOLD_C}; the fever-masked flag; hypotension; the oxygen device
 *       and whether its flow is absent, at most {@link CrsGrader#LOW_FLOW_MAX_LPM} or above; the
 *       signs attributed to another cause (an attributed sign is one state whatever its value,
 *       except that an unknown support stays distinct, as completeness depends on it); and death. Temperatures on the same side of the threshold, and flows on the same side of the
 *       low-flow limit, grade alike by the grader's own documented rule.
 * </ul>
 *
 * <p>Not thread-safe; one cache per file.
 */
public final class GradeCache {
  // ICANS key bits: 0 tool, 1-6 encephalopathy value, 7-9 consciousness, 10-11 seizure,
  // 12-16 motor (0 absent, 1 + mask), 17-23 ICP (0 absent, 1 + mask), 24-28 other causes, 29 death.
  private static final int MAX_ENTRIES = 1 << 20;
  private static final int EMPTY = -1;

  private int[] keys = new int[1 << 10];
  private IcansGrade[] values = new IcansGrade[1 << 10];
  private int size;
  private final CrsGrade[] crs = new CrsGrade[1 << 14];

  /** A cache with nothing in it. */
  public GradeCache() {
    Arrays.fill(keys, EMPTY);
  }

  /** The ICANS grade of the row's findings. */
  public IcansGrade icans(AssessmentRow row) {
    int key = icansKey(row);
    int mask = keys.length - 1;
    int i = mix(key) & mask;
    for (int k = keys[i]; k != EMPTY; k = keys[i]) {
      if (k == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    IcansGrade g = IcansGrader.grade(row.icansObservation(), row.tool());
    if (size < MAX_ENTRIES) {
      keys[i] = key;
      values[i] = g;
      if (++size * 2 > keys.length) {
        grow();
      }
    }
    return g;
  }

  /** The CRS grade of the row's findings. */
  public CrsGrade crs(AssessmentRow row) {
    int key = crsKey(row);
    CrsGrade g = crs[key];
    if (g == null) {
      g = CrsGrader.grade(row.crsObservation());
      crs[key] = g;
    }
    return g;
  }

  static int icansKey(AssessmentRow row) {
    int key;
    if (row.tool() == EncephalopathyTool.CAPD) {
      int capd = row.capdTotal();
      key = 1 | (capd == AssessmentRow.CAPD_UNABLE ? 34 : 1 + capd) << 1;
    } else {
      key = (1 + row.iceTotal()) << 1;
    }
    // Word positions and masks stand for the findings as well as the model's values would.
    key |= (1 + row.code(Column.CONSCIOUSNESS)) << 7;
    key |= (1 + row.code(Column.SEIZURE)) << 10;
    key |= (1 + row.code(Column.MOTOR)) << 12;
    key |= (1 + row.code(Column.ICP)) << 17;
    key |= row.causes(AssessmentRow.ICANS_CAUSES) << 24;
    if (row.diedOf(AssessmentRow.ICANS_DEATH)) {
      key |= 1 << 29;
    }
    return key;
  }

  static int crsKey(AssessmentRow row) {
    double temperature = row.number(Column.TEMPERATURE_C);
    double flow = row.number(Column.OXYGEN_LPM);
    int attributed = row.causes(AssessmentRow.CRS_CAUSES);
    // A sign attributed to another cause is left out whatever its value: its own state.
    int fever = (attributed & AssessmentRow.FEVER_CAUSE) != 0 ? 3
        : Double.isNaN(temperature) ? 0 : temperature >= CrsGrader.FEVER_THRESHOLD_C ? 2 : 1;
    int masked = 1 + row.code(Column.FEVER_MASKED);
    // 0 absent, 1-5 the words; attributed: 6, or 7 when its support is unknown (which keeps the
    // grade incomplete, contract rule (b)).
    int hypotension = 1 + row.code(Column.HYPOTENSION);
    if ((attributed & AssessmentRow.HYPOTENSION_CAUSE) != 0) {
      hypotension = hypotension == HYPOTENSION_UNKNOWN ? 7 : 6;
    }
    // 0 absent, 1-11 the words; attributed: 12, or 13 when its device is unknown.
    int oxygen = 1 + row.code(Column.OXYGEN);
    if ((attributed & AssessmentRow.HYPOXIA_CAUSE) != 0) {
      oxygen = oxygen == OXYGEN_UNKNOWN ? 13 : 12;
    }
    int lowOrHigh = Double.isNaN(flow) ? 0 : flow <= CrsGrader.LOW_FLOW_MAX_LPM ? 1 : 2;
    int died = row.diedOf(AssessmentRow.CRS_DEATH) ? 1 : 0;
    // 2 + 2 + 3 + 4 + 2 + 1 = 14 bits.
    return fever | masked << 2 | hypotension << 4 | oxygen << 7 | lowOrHigh << 11 | died << 13;
  }

  private static final int HYPOTENSION_UNKNOWN = 1 + Words.HYPOTENSION.indexOf(Hypotension.UNKNOWN_SUPPORT);
  private static final int OXYGEN_UNKNOWN = 1 + Words.OXYGEN.indexOf(OxygenDevice.UNKNOWN_DEVICE);

  static {
    // The key's widths above: 3 bits of hypotension states, 4 bits of oxygen states.
    if (Words.HYPOTENSION.size() + 3 > 8 || Words.OXYGEN.size() + 3 > 16) {
      throw new AssertionError("the CRS key no longer fits its bits");
    }
  }

  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  private void grow() {
    int[] oldKeys = keys;
    IcansGrade[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    values = new IcansGrade[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = mix(oldKeys[j]) & mask;
        while (keys[i] != EMPTY) {
          i = (i + 1) & mask;
        }
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }
}
