package org.icans.management;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.icans.management.action.Action;
import org.icans.management.action.Topic;
import org.icans.model.InvalidValueException;
import org.icans.model.internal.check.Nulls;

/**
 * Two or more policies' plans for the same situation, side by side by subject (corticosteroids,
 * anti-cytokine therapy, seizures, level of care, monitoring, work-up ...), so that a reader sees
 * where the sources agree, where they differ, and where one is silent. Nothing is merged: each
 * line stays under its policy with its source.
 *
 * <p>Immutable and thread-safe; equal when the situation and the plans, in order, are equal.
 * Render with {@link #toText()} or {@link #toJson()}.
 */
public final class PlanComparison {
  private final Situation situation;
  private final List<Plan> plans;

  private PlanComparison(Situation situation, List<Plan> plans) {
    this.situation = situation;
    this.plans = List.copyOf(plans);
  }

  /**
   * The plans of {@code policies} for {@code situation}.
   *
   * @throws InvalidValueException unless there are two or more policies with distinct ids
   */
  public static PlanComparison of(Situation situation, List<? extends ManagementPolicy> policies) {
    Objects.requireNonNull(situation, "situation");
    Nulls.presentEach("policies", policies);
    Set<String> ids = new LinkedHashSet<>();
    for (ManagementPolicy p : policies) {
      if (!ids.add(p.id())) {
        throw new InvalidValueException("comparison.policies", p.id() + " (twice)", "distinct policies");
      }
    }
    if (ids.size() < 2) {
      throw new InvalidValueException("comparison.policies", ids, "two or more policies");
    }
    List<Plan> plans = new ArrayList<>();
    for (ManagementPolicy p : policies) {
      plans.add(p.plan(situation));
    }
    return new PlanComparison(situation, plans);
  }

  /** The situation. */
  public Situation situation() {
    return situation;
  }

  /** The plans, in the order of the policies given. */
  public List<Plan> plans() {
    return plans;
  }

  /** The subjects on which any plan has an action or a silence, in {@link Topic} order. */
  public Set<Topic> topics() {
    EnumSet<Topic> t = EnumSet.noneOf(Topic.class);
    for (Plan p : plans) {
      p.actions().forEach(a -> t.add(a.topic()));
      p.silences().forEach(s -> t.add(s.topic()));
    }
    return t;
  }

  /**
   * The subjects on which the plans differ: not every plan has the same actions (by description,
   * strength and condition) about it.
   */
  public Set<Topic> differingTopics() {
    EnumSet<Topic> out = EnumSet.noneOf(Topic.class);
    for (Topic t : topics()) {
      Set<Set<String>> distinct = new HashSet<>();
      for (Plan p : plans) {
        Set<String> lines = new HashSet<>();
        for (Action a : p.actions(t)) {
          lines.add(a.describe() + "|" + a.strength() + "|" + a.basis().condition().orElse(""));
        }
        p.silences(t).forEach(s -> lines.add("silent:" + s.reason()));
        distinct.add(lines);
      }
      if (distinct.size() > 1) {
        out.add(t);
      }
    }
    return out;
  }

  /** The comparison as text: the situation, then each subject with every policy's lines under it. */
  public String toText() {
    return Render.comparisonText(this);
  }

  /** The comparison as a JSON object (pretty-printed). */
  public String toJson() {
    return Render.comparisonJson(this);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PlanComparison c && situation.equals(c.situation) && plans.equals(c.plans);
  }

  @Override
  public int hashCode() {
    return 31 * situation.hashCode() + plans.hashCode();
  }
}
