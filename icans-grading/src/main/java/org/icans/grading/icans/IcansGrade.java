package org.icans.grading.icans;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.icans.model.icans.IcansDomain;

/**
 * The ASTCT 2019 ICANS grade of one observation, with everything needed to explain it: the grade
 * (or no grade), the grade of each domain and the rule that decided it, the domains that reached
 * the grade (the drivers), the tool used for encephalopathy, the domains left out as attributable
 * to another cause, and whether the grade is complete or only a lower bound.
 *
 * <p><b>No grade</b> means nothing gradeable was observed: no domain was assessed, or every
 * assessed domain is attributed to another cause. <b>Incomplete</b> means some domain was not
 * assessed, so the grade is a lower bound: the missing domains could only raise it.
 *
 * <p>Immutable and shared: the space of results is finite, and equal results are the same
 * object. Safe to keep and compare with {@code ==} or {@code equals}.
 */
public final class IcansGrade {
  private final EncephalopathyTool tool;
  private final List<DomainGrade> domains;
  private final int gradeCode;
  private final OptionalInt grade;
  private final Set<IcansDomain> drivers;
  private final Set<IcansDomain> attributed;
  private final Set<IcansDomain> notAssessed;
  private final boolean diedOfIcans;
  private final List<IcansRule> decidingRules;

  /** A result as {@link IcansGrader} derived it: the domains in order, the grade and its reasons. */
  IcansGrade(EncephalopathyTool tool, DomainGrade[] byDomain, int gradeCode, Set<IcansDomain> drivers,
      List<IcansRule> decidingRules, Set<IcansDomain> attributed, Set<IcansDomain> notAssessed,
      boolean diedOfIcans) {
    this.tool = tool;
    this.domains = List.of(byDomain);
    this.gradeCode = gradeCode;
    this.grade = gradeCode < 0 ? OptionalInt.empty() : OptionalInt.of(gradeCode);
    this.drivers = Collections.unmodifiableSet(copy(drivers));
    this.decidingRules = List.copyOf(decidingRules);
    this.attributed = Collections.unmodifiableSet(copy(attributed));
    this.notAssessed = Collections.unmodifiableSet(copy(notAssessed));
    this.diedOfIcans = diedOfIcans;
  }

  private static EnumSet<IcansDomain> copy(Set<IcansDomain> domains) {
    return domains.isEmpty() ? EnumSet.noneOf(IcansDomain.class) : EnumSet.copyOf(domains);
  }

  /** The ICANS grade 0-5, or empty when nothing gradeable was observed. */
  public OptionalInt grade() {
    return grade;
  }

  /** The grade 0-5, or -1 when there is no grade; for callers that avoid {@code OptionalInt}. */
  public int gradeOrMinusOne() {
    return gradeCode;
  }

  /** Whether there is a grade: at least one domain was assessed and not attributed elsewhere, or death. */
  public boolean isGraded() {
    return gradeCode >= 0;
  }

  /** The encephalopathy tool that applied (by age and developmental delay); the other tool is ignored. */
  public EncephalopathyTool tool() {
    return tool;
  }

  /** The five domains in {@link IcansDomain} order, each with its status, grade and rule. */
  public List<DomainGrade> domains() {
    return domains;
  }

  /** How one domain was graded. */
  public DomainGrade domain(IcansDomain domain) {
    return domains.get(Objects.requireNonNull(domain, "domain").ordinal());
  }

  /**
   * The domains whose grade equals the overall grade, when that grade is 1-4. Empty for grade 0
   * (nothing drove it), for no grade, and for grade 5 (decided by death).
   */
  public Set<IcansDomain> drivers() {
    return drivers;
  }

  /** The rule of each driver, in domain order; {@link IcansRule#DEATH} alone for grade 5. */
  public List<IcansRule> decidingRules() {
    return decidingRules;
  }

  /** The domains left out because their findings are attributed to another cause. */
  public Set<IcansDomain> attributedToOtherCause() {
    return attributed;
  }

  /** The domains that were not assessed. */
  public Set<IcansDomain> notAssessed() {
    return notAssessed;
  }

  /**
   * Whether every domain was assessed (or attributed to another cause), so that the grade is not
   * only a lower bound.
   */
  public boolean isComplete() {
    return notAssessed.isEmpty();
  }

  /** Whether the grade is 5 because the patient died of ICANS. */
  public boolean diedOfIcans() {
    return diedOfIcans;
  }

  /**
   * A one-line explanation, for example
   * {@code "ICANS grade 3 by encephalopathy (ICE 2 -> 3: ICE 0-2; LEE19, ICE table ...); lower bound: motor, icp not assessed"}.
   */
  public String summary() {
    StringBuilder s = new StringBuilder();
    if (!isGraded()) {
      s.append("no ICANS grade: nothing gradeable");
    } else if (diedOfIcans) {
      s.append("ICANS grade 5: ").append(IcansRule.DEATH.criterion()).append(" (")
          .append(IcansRule.DEATH.source().shortForm()).append(')');
    } else if (gradeCode == 0) {
      s.append("ICANS grade 0: no assessed domain above grade 0");
    } else {
      s.append("ICANS grade ").append(gradeCode).append(" by ");
      String sep = "";
      for (IcansDomain d : drivers) {
        DomainGrade dg = domain(d);
        IcansRule r = dg.rule().orElseThrow();
        s.append(sep).append(name(d)).append(" (").append(dg.finding()).append(" -> ").append(r.grade())
            .append(": ").append(r.criterion()).append("; ").append(r.source().shortForm()).append(')');
        sep = ", ";
      }
    }
    if (!attributed.isEmpty()) {
      s.append("; left out as attributed to another cause: ").append(names(attributed));
    }
    if (!notAssessed.isEmpty() && !diedOfIcans) {
      s.append(isGraded() ? "; lower bound: " : "; ").append(names(notAssessed)).append(" not assessed");
    }
    return s.toString();
  }

  /** A full explanation: the summary, the tool, and one line per domain. */
  public String explanation() {
    StringBuilder s = new StringBuilder(summary()).append('\n');
    s.append("  encephalopathy tool: ").append(tool).append(" (")
        .append(EncephalopathyTool.SOURCE.shortForm()).append(")\n");
    for (DomainGrade d : domains) {
      s.append("  ").append(d.describe()).append('\n');
    }
    return s.toString();
  }

  private static String name(IcansDomain d) {
    return d.code();
  }

  private static String names(Set<IcansDomain> domains) {
    return domains.stream().map(IcansGrade::name).collect(Collectors.joining(", "));
  }

  @Override
  public String toString() {
    return summary();
  }
}
