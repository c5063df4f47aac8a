package org.icans.grading.icans;

import java.util.Optional;
import java.util.OptionalInt;
import org.icans.model.icans.IcansDomain;

/**
 * How one ICANS domain was graded in one observation: whether it was graded, not assessed or
 * attributed to another cause; and when graded, the finding, the grade and the rule that decided.
 *
 * <p>Immutable and shared: the set of possible domain grades is finite, and each exists once.
 */
public final class DomainGrade {
  private final IcansDomain domain;
  private final DomainStatus status;
  private final String finding;
  private final OptionalInt grade;
  private final Optional<IcansRule> rule;

  private DomainGrade(IcansDomain domain, DomainStatus status, String finding, IcansRule rule) {
    this.domain = domain;
    this.status = status;
    this.finding = finding;
    this.grade = rule == null ? OptionalInt.empty() : OptionalInt.of(rule.grade());
    this.rule = Optional.ofNullable(rule);
  }

  static DomainGrade graded(IcansDomain domain, String finding, IcansRule rule) {
    return new DomainGrade(domain, DomainStatus.GRADED, finding, rule);
  }

  static DomainGrade notAssessed(IcansDomain domain) {
    return new DomainGrade(domain, DomainStatus.NOT_ASSESSED, "not assessed", null);
  }

  static DomainGrade attributed(IcansDomain domain) {
    return new DomainGrade(domain, DomainStatus.ATTRIBUTED_TO_OTHER_CAUSE, "attributed to another cause", null);
  }

  /** The domain. */
  public IcansDomain domain() {
    return domain;
  }

  /** Whether the domain was graded, not assessed, or left out as attributable to another cause. */
  public DomainStatus status() {
    return status;
  }

  /** The finding in words, for example {@code "ICE 2"} or {@code "awakens to voice"}. */
  public String finding() {
    return finding;
  }

  /** The domain's grade 0-4, when graded. */
  public OptionalInt grade() {
    return grade;
  }

  /** The rule that decided the domain's grade, when graded. */
  public Optional<IcansRule> rule() {
    return rule;
  }

  /** The domain's grade, or -1 when it was not graded. */
  int gradeOrMinusOne() {
    return grade.isPresent() ? grade.getAsInt() : -1;
  }

  /**
   * One line, for example {@code "encephalopathy: ICE 2 -> grade 3 (ICE 0-2; LEE19, ICE table ...)"}
   * or {@code "motor: not assessed"}.
   */
  public String describe() {
    String name = domain.code();
    if (rule.isEmpty()) {
      return name + ": " + finding;
    }
    IcansRule r = rule.get();
    return name + ": " + finding + " -> grade " + r.grade() + " (" + r.criterion() + "; "
        + r.source().shortForm() + ")";
  }

  @Override
  public String toString() {
    return describe();
  }
}
