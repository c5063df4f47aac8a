package org.icans.model.encephalopathy;

import static org.icans.model.InvalidValueException.requireInRange;

import java.util.Objects;
import java.util.Optional;
import org.icans.model.InvalidValueException;

/**
 * The result of the ICE screen (Immune Effector Cell-Associated Encephalopathy score), 0-10, the
 * encephalopathy tool of the ASTCT consensus for patients aged 12 or more without developmental
 * delay. 10 means no impairment; lower is worse.
 *
 * <p>A score is known either as a total only (as most flowsheets record it) or from its five
 * {@link IceTasks tasks}, in which case the total is their sum. Source: Lee DW et al., Biol Blood
 * Marrow Transplant 2019;25:625-638, ICE table (seed 002 Table 1).
 *
 * <p>Instances are immutable and canonical (11 totals, 160 task combinations, all built once), so
 * equal scores are the same object.
 */
public final class IceScore {
  /** The best possible score: no impairment. */
  public static final int MAX = 10;

  private static final IceScore[] TOTALS = new IceScore[MAX + 1];
  private static final IceScore[] FROM_TASKS = new IceScore[160];

  static {
    for (int t = 0; t <= MAX; t++) {
      TOTALS[t] = new IceScore(t, null);
    }
    for (int o = 0; o <= IceTasks.MAX_ORIENTATION; o++) {
      for (int n = 0; n <= IceTasks.MAX_NAMING; n++) {
        for (int c = 0; c <= IceTasks.MAX_COMMANDS; c++) {
          for (int w = 0; w <= IceTasks.MAX_WRITING; w++) {
            for (int a = 0; a <= IceTasks.MAX_ATTENTION; a++) {
              IceTasks tasks = IceTasks.of(o, n, c, w, a);
              FROM_TASKS[index(tasks)] = new IceScore(tasks.total(), tasks);
            }
          }
        }
      }
    }
  }

  private final int total;
  private final Optional<IceTasks> tasks;

  private IceScore(int total, IceTasks tasks) {
    this.total = total;
    this.tasks = Optional.ofNullable(tasks);
  }

  /**
   * A score known only as its total.
   *
   * @throws org.icans.model.InvalidValueException if {@code total} is not 0-10
   */
  public static IceScore ofTotal(int total) {
    return TOTALS[requireInRange("ice.total", total, 0, MAX)];
  }

  /** A score known from its five tasks; the total is their sum. */
  public static IceScore of(IceTasks tasks) {
    return FROM_TASKS[index(Objects.requireNonNull(tasks, "tasks"))];
  }

  private static int index(IceTasks t) {
    return (((t.orientation() * 4 + t.naming()) * 2 + t.commands()) * 2 + t.writing()) * 2
        + t.attention();
  }

  /**
   * A score known from its five tasks.
   *
   * @throws org.icans.model.InvalidValueException if a task's points are outside its range
   */
  public static IceScore ofTasks(int orientation, int naming, int commands, int writing, int attention) {
    return of(IceTasks.of(orientation, naming, commands, writing, attention));
  }

  /** The ICE score, 0-10. */
  public int total() {
    return total;
  }

  /** The five tasks, when the score was recorded task by task. */
  public Optional<IceTasks> tasks() {
    return tasks;
  }

  @Override
  public String toString() {
    return tasks.map(t -> "IceScore{" + total + " from " + t + "}").orElse("IceScore{" + total + "}");
  }
}
