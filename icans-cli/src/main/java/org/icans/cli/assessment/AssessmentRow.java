package org.icans.cli.assessment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.icans.grading.icans.EncephalopathyTool;
import org.icans.model.Coded;
import org.icans.model.assessment.Assessment;
import org.icans.model.crs.CrsObservation;
import org.icans.model.crs.CrsSign;
import org.icans.model.patient.Patient;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.crs.OxygenSupport;
import org.icans.model.encephalopathy.CapdAnswers;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;

/**
 * The checked values of one row of the assessment file, as small codes, and the model observations
 * they make. One instance is reused for every row, so that reading a row allocates nothing until the
 * observations are built.
 *
 * <p>Every column has a code and a number: a word is its position in the column's
 * {@link Vocabulary}, a list is a bit mask of positions (0 for {@code none}), an integer is itself;
 * a decimal is in the number. An empty or refused cell is {@link #ABSENT} (NaN for numbers). The
 * patient id and day keep their bytes as written, for output: views into the reader's buffer.
 * Not thread-safe.
 */
public final class AssessmentRow implements GradedRow {
  /** The code of an empty or refused cell. */
  static final int ABSENT = -1;
  /** The code of {@code capd_score} for "unable to perform". */
  static final int CAPD_UNABLE = -2;

  static final int TRUE = Words.BOOLEAN.indexOf(Boolean.TRUE);
  static final int ICANS_DEATH = 1 << Words.DEATH_FROM.indexOf(Words.Syndrome.ICANS);
  static final int CRS_DEATH = 1 << Words.DEATH_FROM.indexOf(Words.Syndrome.CRS);
  /** The bits of {@code other_cause} that name ICANS domains (version 1). */
  static final int ICANS_CAUSES = causeBits(IcansDomain.values());
  /** The bits of {@code other_cause} that name CRS signs (version 1.1). */
  static final int CRS_CAUSES = causeBits(CrsSign.values());
  static final int FEVER_CAUSE = 1 << Words.OTHER_CAUSE.indexOf(CrsSign.FEVER);
  static final int HYPOTENSION_CAUSE = 1 << Words.OTHER_CAUSE.indexOf(CrsSign.HYPOTENSION);
  static final int HYPOXIA_CAUSE = 1 << Words.OTHER_CAUSE.indexOf(CrsSign.HYPOXIA);

  private static final IcansObservation ICANS_NOT_ASSESSED = IcansObservation.notAssessed();
  private static final CrsObservation CRS_NOT_ASSESSED = CrsObservation.notAssessed();
  private static final MotorFindings[] MOTOR_BY_MASK = new MotorFindings[1 << Words.MOTOR.size()];
  private static final IcpFindings[] ICP_BY_MASK = new IcpFindings[1 << Words.ICP.size()];

  static {
    // The model's finding sets are canonical; look them up by mask instead of building lists.
    for (int mask = 0; mask < MOTOR_BY_MASK.length; mask++) {
      List<MotorFinding> found = new ArrayList<>();
      for (int i = 0; i < Words.MOTOR.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          found.add(Words.MOTOR.value(i));
        }
      }
      MOTOR_BY_MASK[mask] = MotorFindings.of(found);
    }
    for (int mask = 0; mask < ICP_BY_MASK.length; mask++) {
      List<IcpFinding> found = new ArrayList<>();
      for (int i = 0; i < Words.ICP.size(); i++) {
        if ((mask & (1 << i)) != 0) {
          found.add(Words.ICP.value(i));
        }
      }
      ICP_BY_MASK[mask] = IcpFindings.of(found);
    }
  }

  final int[] code = new int[Column.COUNT];
  final double[] number = new double[Column.COUNT];
  final int[] capdItems = new int[8];
  /** Whether all five ICE tasks were given and valid. */
  boolean iceTasks;
  long line;
  byte[] buffer;
  int idStart;
  int idEnd;
  int dayStart;
  int dayEnd;

  /** An empty row, to be filled by {@link RowParser}. */
  public AssessmentRow() {
    clear();
  }

  void clear() {
    Arrays.fill(code, ABSENT);
    Arrays.fill(number, Double.NaN);
    iceTasks = false;
  }

  int code(Column c) {
    return code[c.ordinal()];
  }

  double number(Column c) {
    return number[c.ordinal()];
  }

  @Override
  public long line() {
    return line;
  }

  @Override
  public byte[] buffer() {
    return buffer;
  }

  @Override
  public int patientIdStart() {
    return idStart;
  }

  @Override
  public int patientIdEnd() {
    return idEnd;
  }

  @Override
  public int dayStart() {
    return dayStart;
  }

  @Override
  public int dayEnd() {
    return dayEnd;
  }

  @Override
  public double day() {
    return number(Column.DAY);
  }

  /**
   * The row as the model's assessment: patient id, day, the patient (age, developmental delay), and
   * the ICANS and CRS observations. Slower than grading the row: for one patient's course.
   *
   * @throws org.icans.model.InvalidValueException if the model refuses a value (never expected)
   */
  public Assessment assessment() {
    Patient patient = Patient.builder().ageYears(number(Column.AGE_YEARS))
        .developmentalDelay(code(Column.DEVELOPMENTAL_DELAY) == TRUE).build();
    return Assessment.builder().patientId(patientId()).day(day()).patient(patient).icans(icansObservation())
        .crs(crsObservation()).build();
  }

  /** The encephalopathy tool that applies: by age and developmental delay. */
  public EncephalopathyTool tool() {
    return EncephalopathyTool.forPatient(number(Column.AGE_YEARS), code(Column.DEVELOPMENTAL_DELAY) == TRUE);
  }

  /** The ICE total: the sum of the tasks when all five were given, else {@code ice_score}; or ABSENT. */
  int iceTotal() {
    if (!iceTasks) {
      return code(Column.ICE_SCORE);
    }
    return code(Column.ICE_ORIENTATION) + code(Column.ICE_NAMING) + code(Column.ICE_COMMANDS)
        + code(Column.ICE_WRITING) + code(Column.ICE_ATTENTION);
  }

  /** Whether {@code death_from} holds the syndrome of {@code bit}. */
  boolean diedOf(int bit) {
    int deaths = code(Column.DEATH_FROM);
    return deaths != ABSENT && (deaths & bit) != 0;
  }

  /** The CAPD total of the answers when given, else {@code capd_score} (perhaps CAPD_UNABLE); or ABSENT. */
  int capdTotal() {
    int items = code(Column.CAPD_ITEMS);
    return items != ABSENT ? items : code(Column.CAPD_SCORE);
  }

  /** The bits of {@code other_cause} set in this row among {@code which}; 0 when the cell is empty. */
  int causes(int which) {
    int otherCause = code(Column.OTHER_CAUSE);
    return otherCause == ABSENT ? 0 : otherCause & which;
  }

  private static int causeBits(Coded[] values) {
    int bits = 0;
    for (Coded v : values) {
      bits |= 1 << Words.OTHER_CAUSE.indexOf(v);
    }
    return bits;
  }

  /**
   * The ICANS observation of the row: every domain the row gave, both encephalopathy tools if both
   * were given (the grader uses the one that applies), attribution and death.
   *
   * @throws org.icans.model.InvalidValueException if the model refuses a value (never expected:
   *     the parser checks every range first)
   */
  public IcansObservation icansObservation() {
    int ice = code(Column.ICE_SCORE);
    int capd = code(Column.CAPD_SCORE);
    int consciousness = code(Column.CONSCIOUSNESS);
    int seizure = code(Column.SEIZURE);
    int motor = code(Column.MOTOR);
    int icp = code(Column.ICP);
    int otherCause = causes(ICANS_CAUSES);
    boolean died = diedOf(ICANS_DEATH);
    boolean capdItems = code(Column.CAPD_ITEMS) != ABSENT;
    if (!iceTasks && ice == ABSENT && !capdItems && capd == ABSENT && consciousness == ABSENT && seizure == ABSENT
        && motor == ABSENT && icp == ABSENT && otherCause == 0 && !died) {
      return ICANS_NOT_ASSESSED;
    }
    IcansObservation.Builder b = IcansObservation.builder();
    if (iceTasks) {
      b.ice(IceScore.ofTasks(code(Column.ICE_ORIENTATION), code(Column.ICE_NAMING), code(Column.ICE_COMMANDS),
          code(Column.ICE_WRITING), code(Column.ICE_ATTENTION)));
    } else if (ice != ABSENT) {
      b.ice(IceScore.ofTotal(ice));
    }
    if (capdItems) {
      b.capd(CapdScore.of(CapdAnswers.ofCodes(this.capdItems)));
    } else if (capd == CAPD_UNABLE) {
      b.capd(CapdScore.unableToPerform());
    } else if (capd != ABSENT) {
      b.capd(CapdScore.ofTotal(capd));
    }
    if (consciousness != ABSENT) {
      b.consciousness(Words.CONSCIOUSNESS.value(consciousness));
    }
    if (seizure != ABSENT) {
      b.seizure(Words.SEIZURE.value(seizure));
    }
    if (motor != ABSENT) {
      b.motor(MOTOR_BY_MASK[motor]);
    }
    if (icp != ABSENT) {
      b.icp(ICP_BY_MASK[icp]);
    }
    for (int i = 0; otherCause != 0 && i < Words.OTHER_CAUSE.size(); i++) {
      if ((otherCause & (1 << i)) != 0) {
        b.addAttributedToOtherCause((IcansDomain) Words.OTHER_CAUSE.value(i));
      }
    }
    return b.diedOfIcans(died).build();
  }

  /**
   * The CRS observation of the row.
   *
   * @throws org.icans.model.InvalidValueException if the model refuses a value (never expected)
   */
  public CrsObservation crsObservation() {
    double temperature = number(Column.TEMPERATURE_C);
    int masked = code(Column.FEVER_MASKED);
    int hypotension = code(Column.HYPOTENSION);
    int oxygen = code(Column.OXYGEN);
    double flow = number(Column.OXYGEN_LPM);
    boolean died = diedOf(CRS_DEATH);
    int otherCause = causes(CRS_CAUSES);
    if (Double.isNaN(temperature) && masked == ABSENT && hypotension == ABSENT && oxygen == ABSENT && !died
        && otherCause == 0) {
      return CRS_NOT_ASSESSED;
    }
    CrsObservation.Builder b = CrsObservation.builder();
    for (int i = 0; otherCause != 0 && i < Words.OTHER_CAUSE.size(); i++) {
      if ((otherCause & (1 << i)) != 0) {
        b.addAttributedToOtherCause((CrsSign) Words.OTHER_CAUSE.value(i));
      }
    }
    if (!Double.isNaN(temperature)) {
      b.temperatureCelsius(temperature);
    }
    if (hypotension != ABSENT) {
      b.hypotension(Words.HYPOTENSION.value(hypotension));
    }
    if (oxygen != ABSENT) {
      OxygenDevice device = Words.OXYGEN.value(oxygen);
      b.oxygen(Double.isNaN(flow) ? OxygenSupport.of(device) : OxygenSupport.of(device, flow));
    }
    return b.feverMasked(masked == TRUE).diedOfCrs(died).build();
  }
}
