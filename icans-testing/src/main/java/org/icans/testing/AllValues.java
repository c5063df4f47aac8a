package org.icans.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.encephalopathy.IceTasks;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;

/**
 * Every value of the small value spaces of the model, as lists for exhaustive loops inside a
 * property (for example: for any observation, changing its seizure finding to each value in turn
 * never lowers the grade). The spaces too large to list (the 5^8 sets of CAPD answers, temperatures,
 * flows) are only sampled, by {@link EncephalopathyScores} and {@link CrsObservations}.
 *
 * <p>Every list is unmodifiable, in a fixed order (lowest first), and holds values the model
 * accepts.
 */
public final class AllValues {
  private static final List<IceScore> ICE_TOTALS = iceTotalsList();
  private static final List<IceScore> ICE_TASK_SCORES = iceTaskScoresList();
  private static final List<CapdScore> CAPD_TOTALS_AND_UNABLE = capdList();
  private static final List<MotorFindings> MOTOR = motorList();
  private static final List<IcpFindings> ICP = icpList();

  private AllValues() {}

  /** The 11 ICE scores known as a total only, 0 to 10. */
  public static List<IceScore> iceTotals() {
    return ICE_TOTALS;
  }

  /**
   * The 160 ICE scores recorded task by task: every combination of orientation 0-4, naming 0-3,
   * commands, writing and attention 0-1 (totals 0-10, most of them reached several ways).
   */
  public static List<IceScore> iceTaskScores() {
    return ICE_TASK_SCORES;
  }

  /**
   * The 34 CAPD results known without their answers: the totals 0 to 32, then "unable to perform".
   * The 5^8 answer sets are sampled by {@link EncephalopathyScores#capdAnswers()}.
   */
  public static List<CapdScore> capdTotalsAndUnable() {
    return CAPD_TOTALS_AND_UNABLE;
  }

  /** The 16 motor examinations: every set of motor findings, none first, each tremor-only, ... */
  public static List<MotorFindings> motorFindings() {
    return MOTOR;
  }

  /** The 64 raised-ICP / edema assessments: every set of ICP findings, none first. */
  public static List<IcpFindings> icpFindings() {
    return ICP;
  }

  /**
   * Every subset of an enum's constants, the empty set first, indexed by the bit mask of their
   * ordinals: the 32 sets of ICANS domains or the 8 sets of CRS signs a clinician may attribute to
   * another cause, for example. Each set is unmodifiable.
   *
   * @throws IllegalArgumentException for an enum of more than 16 constants (65,536 subsets)
   */
  public static <E extends Enum<E>> List<Set<E>> subsets(Class<E> type) {
    E[] constants = Objects.requireNonNull(type, "type").getEnumConstants();
    if (constants.length > 16) {
      throw new IllegalArgumentException(type.getName() + " has " + constants.length
          + " constants; allowed: at most 16, for at most 65,536 subsets");
    }
    List<Set<E>> all = new ArrayList<>(1 << constants.length);
    for (int mask = 0; mask < 1 << constants.length; mask++) {
      EnumSet<E> set = EnumSet.noneOf(type);
      for (E e : constants) {
        if ((mask & (1 << e.ordinal())) != 0) {
          set.add(e);
        }
      }
      all.add(Collections.unmodifiableSet(set));
    }
    return Collections.unmodifiableList(all);
  }

  /**
   * Not assessed (an empty {@code Optional}) followed by each of {@code values}: every state of one
   * domain, as an observation's builder takes it.
   */
  public static <T> List<Optional<T>> notAssessedThen(List<T> values) {
    List<Optional<T>> all = new ArrayList<>(Objects.requireNonNull(values, "values").size() + 1);
    all.add(Optional.empty());
    for (int i = 0; i < values.size(); i++) {
      T v = values.get(i);
      if (v == null) {
        throw new NullPointerException("values[" + i + "]");
      }
      all.add(Optional.of(v));
    }
    return Collections.unmodifiableList(all);
  }

  private static List<IceScore> iceTotalsList() {
    List<IceScore> all = new ArrayList<>();
    for (int t = 0; t <= IceScore.MAX; t++) {
      all.add(IceScore.ofTotal(t));
    }
    return List.copyOf(all);
  }

  private static List<IceScore> iceTaskScoresList() {
    List<IceScore> all = new ArrayList<>();
    for (int o = 0; o <= IceTasks.MAX_ORIENTATION; o++) {
      for (int n = 0; n <= IceTasks.MAX_NAMING; n++) {
        for (int c = 0; c <= IceTasks.MAX_COMMANDS; c++) {
          for (int w = 0; w <= IceTasks.MAX_WRITING; w++) {
            for (int a = 0; a <= IceTasks.MAX_ATTENTION; a++) {
              all.add(IceScore.ofTasks(o, n, c, w, a));
            }
          }
        }
      }
    }
    return List.copyOf(all);
  }

  private static List<CapdScore> capdList() {
    List<CapdScore> all = new ArrayList<>();
    for (int t = 0; t <= CapdScore.MAX; t++) {
      all.add(CapdScore.ofTotal(t));
    }
    all.add(CapdScore.unableToPerform());
    return List.copyOf(all);
  }

  private static List<MotorFindings> motorList() {
    List<MotorFindings> all = new ArrayList<>();
    for (Set<MotorFinding> s : subsets(MotorFinding.class)) {
      all.add(MotorFindings.of(s));
    }
    return List.copyOf(all);
  }

  private static List<IcpFindings> icpList() {
    List<IcpFindings> all = new ArrayList<>();
    for (Set<IcpFinding> s : subsets(IcpFinding.class)) {
      all.add(IcpFindings.of(s));
    }
    return List.copyOf(all);
  }
}
