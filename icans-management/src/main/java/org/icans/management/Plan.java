package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Topic;
import org.icans.model.internal.check.Nulls;

/**
 * What one policy says for one situation: typed actions, each citing its source and verification
 * status; the places where the source is silent; and notes on scope and assumptions. A plan prints
 * as text for a person ({@link #toText()}) and as JSON for a program ({@link #toJson()}).
 *
 * <p>A plan is a statement of what a source says, not an order: conditions and "consider" are
 * kept, alternatives are grouped, and advice kept as written although implausible is flagged for
 * review. Run {@link org.icans.management.PlanAudit} on it to check the rules that hold
 * across sources.
 *
 * <p>Immutable and thread-safe.
 */
public final class Plan {
  private final ManagementPolicy policy;
  private final Situation situation;
  private final List<Action> actions;
  private final List<Silence> silences;
  private final List<String> notes;
  // Computed on first read: it plans the other policies, which must not happen while they plan.
  private volatile List<Gap> gaps;

  private Plan(ManagementPolicy policy, Situation situation, List<Action> actions, List<Silence> silences,
      List<String> notes) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.situation = Objects.requireNonNull(situation, "situation");
    this.actions = Nulls.presentEach("actions", actions);
    this.silences = Nulls.presentEach("silences", silences);
    this.notes = Nulls.presentEach("notes", notes);
  }

  /**
   * A plan of {@code policy} for {@code situation}. Policies build their plans with this; so can a
   * caller who wants to audit a plan written elsewhere (with its own {@link ManagementPolicy}).
   */
  public static Plan of(ManagementPolicy policy, Situation situation, List<Action> actions, List<Silence> silences,
      List<String> notes) {
    return new Plan(policy, situation, actions, silences, notes);
  }

  /** The policy the plan comes from. */
  public ManagementPolicy policy() {
    return policy;
  }

  /** The situation the plan is for. */
  public Situation situation() {
    return situation;
  }

  /** Whether the situation is inside the policy's scope. */
  public boolean inScope() {
    return policy.scope().covers(situation);
  }

  /**
   * Why the situation is outside the policy's scope, if it is, naming the encoded policies that do
   * address it.
   */
  public Optional<String> outOfScopeReason() {
    return policy.scope().exclusion(situation).map(r -> r + ". " + ManagementPolicies.coveringText(situation));
  }

  /**
   * What the grade and findings call for that this plan does not state now, said at the top of the
   * plan, each naming the encoded policies that do state it for the same situation (project safety
   * rule SAFE-GAP, {@link Gap}). Empty for a plan outside its policy's scope (it holds nothing) and
   * for a complete plan.
   */
  public List<Gap> gaps() {
    List<Gap> g = gaps;
    if (g == null) {
      g = Gaps.of(this);
      gaps = g;
    }
    return g;
  }

  /** Whether the plan states everything its grade and findings call for ({@link #gaps()} is empty). */
  public boolean isComplete() {
    return gaps().isEmpty();
  }

  /** The actions, in the order the policy lists them. */
  public List<Action> actions() {
    return actions;
  }

  /** The actions about one subject. */
  public List<Action> actions(Topic topic) {
    Objects.requireNonNull(topic, "topic");
    List<Action> out = new ArrayList<>();
    for (Action a : actions) {
      if (a.topic() == topic) {
        out.add(a);
      }
    }
    return out;
  }

  /** The medications. */
  public List<Medication> medications() {
    List<Medication> out = new ArrayList<>();
    for (Action a : actions) {
      if (a instanceof Medication) {
        out.add((Medication) a);
      }
    }
    return out;
  }

  /** Whether the plan gives (or says to consider) a corticosteroid. */
  public boolean hasCorticosteroid() {
    return medications().stream().anyMatch(Medication::isCorticosteroid);
  }

  /** Where the source is silent, or its advice could not be verified and is not encoded. */
  public List<Silence> silences() {
    return silences;
  }

  /** The silences about one subject. */
  public List<Silence> silences(Topic topic) {
    Objects.requireNonNull(topic, "topic");
    List<Silence> out = new ArrayList<>();
    for (Silence s : silences) {
      if (s.topic() == topic) {
        out.add(s);
      }
    }
    return out;
  }

  /** Notes on scope and assumptions. */
  public List<String> notes() {
    return notes;
  }

  /** Whether some action must be reviewed before any clinical use. */
  public boolean requiresReview() {
    return actions.stream().anyMatch(Action::requiresReview);
  }

  /** The plan as text for a person, grouped by subject, each line with its evidence tag and source. */
  public String toText() {
    return Render.planText(this);
  }

  /** The plan as a JSON object (pretty-printed). */
  public String toJson() {
    return Render.planJson(this);
  }

  @Override
  public String toString() {
    return "Plan[" + policy.id() + ": " + situation.describe() + "; " + actions.size() + " actions]";
  }

  /**
   * Equal when made by the same policy (by id and equality) for an equal situation, with equal
   * actions, silences and notes.
   */
  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Plan)) {
      return false;
    }
    Plan p = (Plan) o;
    return policy.id().equals(p.policy.id()) && policy.equals(p.policy) && situation.equals(p.situation)
        && actions.equals(p.actions) && silences.equals(p.silences) && notes.equals(p.notes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(policy.id(), situation, actions, silences, notes);
  }
}
