package org.icans.grading.crs;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.icans.model.crs.CrsSign;

/**
 * The ASTCT 2019 CRS grade of one observation, with its explanation: the grade (or no grade), the
 * signs that decided it and their rules, the signs not assessed or attributed to another cause,
 * and whether the grade is complete or a lower bound.
 *
 * <p><b>No grade</b> means nothing gradeable was observed: every sign (temperature, hypotension,
 * oxygen) was not assessed or is attributed to another cause, and no death. <b>Incomplete</b>
 * means more information could change the grade, so it is a lower bound: a sign was not assessed,
 * or hypotension or oxygen was recorded without its support (counted at grade 2, project choice
 * G-11). An afebrile patient whose fever is not masked is complete: the consensus then needs
 * nothing else to call it not CRS; so is a grade 4 from a recorded support, or 5. The exact rule
 * is the contract's {@code crs_complete} (see {@link CrsGrader}).
 *
 * <p>Immutable and shared: equal results are the same object.
 */
public final class CrsGrade {
  private final int gradeCode;
  private final OptionalInt grade;
  private final Set<CrsSign> drivers;
  private final List<CrsRule> decidingRules;
  private final Set<CrsSign> notAssessed;
  private final Set<CrsSign> attributed;
  private final Set<CrsSign> supportUnknown;
  private final boolean complete;
  private final boolean feverMasked;
  private final boolean diedOfCrs;

  CrsGrade(int gradeCode, Set<CrsSign> drivers, List<CrsRule> decidingRules, Set<CrsSign> notAssessed,
      Set<CrsSign> attributed, Set<CrsSign> supportUnknown, boolean complete, boolean feverMasked,
      boolean diedOfCrs) {
    this.gradeCode = gradeCode;
    this.grade = gradeCode < 0 ? OptionalInt.empty() : OptionalInt.of(gradeCode);
    this.drivers = Collections.unmodifiableSet(copy(drivers));
    this.decidingRules = List.copyOf(decidingRules);
    this.notAssessed = Collections.unmodifiableSet(copy(notAssessed));
    this.attributed = Collections.unmodifiableSet(copy(attributed));
    this.supportUnknown = Collections.unmodifiableSet(copy(supportUnknown));
    this.complete = complete;
    this.feverMasked = feverMasked;
    this.diedOfCrs = diedOfCrs;
  }

  private static EnumSet<CrsSign> copy(Set<CrsSign> signs) {
    return signs.isEmpty() ? EnumSet.noneOf(CrsSign.class) : EnumSet.copyOf(signs);
  }

  /** The CRS grade 0-5, or empty when nothing gradeable was observed. */
  public OptionalInt grade() {
    return grade;
  }

  /** The grade 0-5, or -1 when there is no grade. */
  public int gradeOrMinusOne() {
    return gradeCode;
  }

  /** Whether there is a grade. */
  public boolean isGraded() {
    return gradeCode >= 0;
  }

  /**
   * The signs that decided a grade of 1-4: fever for grade 1; hypotension and/or hypoxia (every one
   * at the grade) for grades 2-4. Empty for grade 0, no grade and grade 5.
   */
  public Set<CrsSign> drivers() {
    return drivers;
  }

  /** The rules that decided the grade, one per driver, or the single rule of grade 0 or 5. */
  public List<CrsRule> decidingRules() {
    return decidingRules;
  }

  /** The signs that were not assessed. */
  public Set<CrsSign> notAssessed() {
    return notAssessed;
  }

  /** The signs left out as attributable to another cause. */
  public Set<CrsSign> attributedToOtherCause() {
    return attributed;
  }

  /**
   * The signs recorded without their support: hypotension whose support, or oxygen whose device,
   * was not recorded. Each counted at grade 2 (project choice G-11) unless attributed to another
   * cause; either way the grade is then a lower bound unless the contract's rule (a) or (c) makes it
   * complete.
   */
  public Set<CrsSign> supportUnknown() {
    return supportUnknown;
  }

  /**
   * Whether more information could not change the grade (it is not only a lower bound): the
   * contract's {@code crs_complete}. Always false when there is no grade.
   */
  public boolean isComplete() {
    return complete;
  }

  /** Whether fever was masked by antipyretic or anti-cytokine therapy, so not required. */
  public boolean feverMasked() {
    return feverMasked;
  }

  /** Whether the grade is 5 because the patient died of CRS. */
  public boolean diedOfCrs() {
    return diedOfCrs;
  }

  /** A one-line explanation, for example {@code "CRS grade 3 by hypotension (hypotension requiring a vasopressor ...; LEE19, ...)"}. */
  public String summary() {
    StringBuilder s = new StringBuilder();
    if (!isGraded()) {
      s.append("no CRS grade: nothing gradeable");
    } else {
      s.append("CRS grade ").append(gradeCode);
      if (!drivers.isEmpty()) {
        s.append(" by ").append(names(drivers));
      }
      s.append(": ").append(decidingRules.stream()
          .map(r -> r.criterion() + " (" + r.source().shortForm() + ")")
          .collect(Collectors.joining("; ")));
    }
    if (!attributed.isEmpty()) {
      s.append("; left out as attributed to another cause: ").append(names(attributed));
    }
    if (!complete && isGraded()) {
      s.append("; lower bound:");
      String sep = " ";
      if (!notAssessed.isEmpty()) {
        s.append(sep).append(names(notAssessed)).append(" not assessed");
        sep = "; ";
      }
      if (!supportUnknown.isEmpty()) {
        s.append(sep).append(names(supportUnknown)).append(" recorded without its support");
      }
    }
    return s.toString();
  }

  /** A full explanation: the summary, then fever masking and the status of each sign. */
  public String explanation() {
    StringBuilder s = new StringBuilder(summary()).append('\n');
    s.append("  fever masked by therapy: ").append(feverMasked ? "yes" : "no").append('\n');
    for (CrsSign sign : CrsSign.values()) {
      String status = attributed.contains(sign) ? "attributed to another cause"
          : notAssessed.contains(sign) ? "not assessed"
          : supportUnknown.contains(sign)
              ? (drivers.contains(sign) ? "decided the grade, " : "") + "support not recorded (counted as grade 2)"
          : drivers.contains(sign) ? "decided the grade" : "assessed";
      s.append("  ").append(sign.code()).append(": ").append(status).append('\n');
    }
    return s.toString();
  }

  private static String names(Set<CrsSign> signs) {
    return signs.stream().map(CrsSign::code).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return summary();
  }
}
