package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.icans.management.action.Action;
import org.icans.management.action.Medication;
import org.icans.management.action.Topic;
import org.icans.management.dosing.DoseRule;
import org.icans.management.internal.Args;
import org.icans.model.evidence.Citation;

/**
 * A policy whose source is a table: rows of cited action templates, each selected by a condition
 * on the situation, a second set of rows that apply once the plan holds a corticosteroid (or the
 * patient has had one), rows that state where the source is silent, and the rules of the plan
 * audit the source disagrees with. Immutable and thread-safe; {@link #plan} is a pure function.
 */
final class TablePolicy implements ManagementPolicy {
  private final String id;
  private final String title;
  private final Citation citation;
  private final Optional<String> date;
  private final PolicyScope scope;
  private final String description;
  private final List<Row> rows;
  private final List<Row> onCorticosteroids;
  private final List<SilentRow> silences;
  private final List<Disagreement> disagreements;
  private final boolean requiresReview;

  private record Row(Predicate<Situation> when, Spec spec) {}

  private record SilentRow(Predicate<Situation> when, Silence silence) {}

  private TablePolicy(Builder b) {
    this.id = b.id;
    this.title = b.title;
    this.citation = b.citation;
    this.date = b.date;
    this.scope = b.scope;
    this.description = b.description;
    this.rows = List.copyOf(b.rows);
    this.onCorticosteroids = List.copyOf(b.onCorticosteroids);
    this.silences = List.copyOf(b.silences);
    this.disagreements = List.copyOf(b.disagreements);
    boolean review = false;
    for (Row r : rows) {
      review |= r.spec().requiresReview();
      requireOwnSource(r.spec());
    }
    for (Row r : onCorticosteroids) {
      review |= r.spec().requiresReview();
      requireOwnSource(r.spec());
    }
    this.requiresReview = review;
  }

  /** Sources are never blended: every row of a policy cites the policy's own source. */
  private void requireOwnSource(Spec spec) {
    if (!spec.source().key().equals(citation.key())) {
      throw new IllegalArgumentException(id + ": row " + spec + " cites " + spec.source().key()
          + ", not the policy's source " + citation.key());
    }
  }

  static Builder builder(String id, String title, Citation citation, String date, PolicyScope scope) {
    return new Builder(id, title, citation, date, scope);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Citation citation() {
    return citation;
  }

  @Override
  public Optional<String> date() {
    return date;
  }

  @Override
  public PolicyScope scope() {
    return scope;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean requiresReview() {
    return requiresReview;
  }

  /** Where this policy's source states the opposite of a rule of the plan audit. */
  public List<Disagreement> disagreements() {
    return disagreements;
  }

  /** Every dose rule the policy can use, for tests and tools. */
  public List<DoseRule> doseRules() {
    List<DoseRule> out = new ArrayList<>();
    rows.forEach(r -> out.addAll(r.spec().rules()));
    onCorticosteroids.forEach(r -> out.addAll(r.spec().rules()));
    return out;
  }

  @Override
  public Plan plan(Situation s) {
    Objects.requireNonNull(s, "situation");
    Optional<String> exclusion = scope.exclusion(s);
    if (exclusion.isPresent()) {
      return Plan.of(this, s, List.of(), List.of(),
          List.of("Out of scope: " + exclusion.get() + ". This source gives no plan for this patient. "
              + ManagementPolicies.coveringText(s)));
    }
    List<String> notes = new ArrayList<>(scope.assumptions(s));
    if (s.icansGrade() == 0) {
      notes.add("ICANS grade 0: only this source's advice for every patient at risk applies "
          + "(monitoring, prophylaxis, precautions).");
    }
    if (s.hasConcurrentCrs()) {
      notes.add("Concurrent CRS grade " + s.crsGrade() + ": the CRS itself is managed by the source's CRS "
          + "recommendations, which this plan covers only as far as the source's ICANS advice speaks of CRS.");
    }
    List<Action> actions = new ArrayList<>();
    for (Row r : rows) {
      if (r.when().test(s)) {
        actions.addAll(r.spec().build(s));
      }
    }
    boolean steroids = s.daysOfCorticosteroid() > 0
        || actions.stream().anyMatch(a -> a instanceof Medication && ((Medication) a).isCorticosteroid());
    if (steroids) {
      for (Row r : onCorticosteroids) {
        if (r.when().test(s)) {
          actions.addAll(r.spec().build(s));
        }
      }
    }
    actions = SafetyLayer.apply(s, actions, notes);
    List<Silence> silent = new ArrayList<>();
    for (SilentRow r : silences) {
      if (r.when().test(s)) {
        silent.add(r.silence());
      }
    }
    addUnstatedCoreTopics(s, actions, silent);
    return Plan.of(this, s, actions, silent, notes);
  }

  /**
   * The core subjects a reader looks for: when the plan has neither an action nor a silence on one
   * of them, it says that the encoded text has nothing there, rather than leaving a gap that reads
   * as "nothing to do". Corticosteroids, level of care and monitoring at ICANS grade 1 or more;
   * anti-cytokine therapy when CRS is present too; seizures always.
   */
  private void addUnstatedCoreTopics(Situation s, List<Action> actions, List<Silence> silent) {
    List<Topic> core = new ArrayList<>();
    if (s.icansGrade() >= 1) {
      core.add(Topic.CORTICOSTEROIDS);
      if (s.hasConcurrentCrs()) {
        core.add(Topic.ANTI_CYTOKINE);
      }
      core.add(Topic.LEVEL_OF_CARE);
      core.add(Topic.MONITORING);
    }
    core.add(Topic.SEIZURES);
    for (Topic t : core) {
      boolean covered = actions.stream().anyMatch(a -> a.topic() == t && a.isNow())
          || silent.stream().anyMatch(x -> x.topic() == t);
      if (!covered) {
        boolean later = actions.stream().anyMatch(a -> a.topic() == t);
        silent.add(new Silence(t, Silence.Reason.NOT_STATED,
            "Nothing on " + t.title().toLowerCase(java.util.Locale.ROOT) + (later ? " for now (only for later)" : "")
                + " for this situation in the text encoded from this source.", citation.key() + " as encoded"));
      }
    }
  }

  @Override
  public String toString() {
    return id;
  }

  /** Builds a {@link TablePolicy}. */
  static final class Builder {
    private final String id;
    private final String title;
    private final Citation citation;
    private final Optional<String> date;
    private final PolicyScope scope;
    private String description = "";
    private final List<Row> rows = new ArrayList<>();
    private final List<Row> onCorticosteroids = new ArrayList<>();
    private final List<SilentRow> silences = new ArrayList<>();
    private final List<Disagreement> disagreements = new ArrayList<>();

    private Builder(String id, String title, Citation citation, String date, PolicyScope scope) {
      this.id = Args.text("policy.id", id);
      this.title = Args.text("policy.title", title);
      this.citation = Objects.requireNonNull(citation, "citation");
      if (date != null && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
        throw new IllegalArgumentException("policy.date: " + date + " is not ISO 8601 (yyyy, yyyy-mm or yyyy-mm-dd)");
      }
      this.date = Optional.ofNullable(date);
      this.scope = Objects.requireNonNull(scope, "scope");
    }

    Builder description(String text) {
      this.description = Args.text("policy.description", text);
      return this;
    }

    /** Rows selected by {@code when}. */
    Builder add(Predicate<Situation> when, Spec... specs) {
      for (Spec s : specs) {
        rows.add(new Row(when, s));
      }
      return this;
    }

    /** Rows selected by {@code when} once the plan holds a corticosteroid or the patient has had one. */
    Builder onCorticosteroids(Predicate<Situation> when, Spec... specs) {
      for (Spec s : specs) {
        onCorticosteroids.add(new Row(when, s));
      }
      return this;
    }

    /** The encoded text says nothing on {@code topic} when {@code when} holds. */
    Builder silent(Predicate<Situation> when, Topic topic, String text, String whereRecorded) {
      silences.add(new SilentRow(when, new Silence(topic, Silence.Reason.NOT_STATED, text, whereRecorded)));
      return this;
    }

    /** The source's advice on {@code topic} could not be verified (U) when {@code when} holds. */
    Builder unverified(Predicate<Situation> when, Topic topic, String text, String whereRecorded) {
      silences.add(new SilentRow(when, new Silence(topic, Silence.Reason.NOT_VERIFIED, text, whereRecorded)));
      return this;
    }

    /** The source states the opposite of an audit rule. */
    Builder disagrees(String ruleCode, String statement, Citation source) {
      disagreements.add(new Disagreement(ruleCode, statement, source));
      return this;
    }

    TablePolicy build() {
      return new TablePolicy(this);
    }
  }
}
