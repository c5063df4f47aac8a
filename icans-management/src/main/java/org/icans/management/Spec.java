package org.icans.management;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.icans.management.action.Action;
import org.icans.management.action.Basis;
import org.icans.management.action.CareSetting;
import org.icans.management.action.Caution;
import org.icans.management.action.Interpretation;
import org.icans.management.action.CautionTopic;
import org.icans.management.action.LevelOfCare;
import org.icans.management.action.Medication;
import org.icans.management.action.Monitoring;
import org.icans.management.action.Purpose;
import org.icans.management.action.SupportiveCare;
import org.icans.management.action.Topic;
import org.icans.management.action.Workup;
import org.icans.management.action.WorkupTest;
import org.icans.management.dosing.DoseRule;
import org.icans.management.dosing.Drug;
import org.icans.model.evidence.Citation;

/**
 * An action template of a policy table: the action's kind and content, its citation, and the
 * source's strength, condition, alternatives and review note. {@link #build} turns it into the
 * actions for one situation (a medication's dose computed for the situation's weight). Immutable;
 * the modifiers return copies.
 */
final class Spec {
  private enum Kind { MEDICATION, MONITORING, WORKUP, CARE, SUPPORT, CAUTION }

  private final Kind kind;
  private final Basis basis;
  // medication
  private final Drug drug;
  private final List<DoseRule> bands;
  private final Purpose purpose;
  // monitoring
  private final String what;
  private final String frequency;
  private final OptionalInt times;
  private final Optional<String> duration;
  // work-up, care, support, caution
  private final WorkupTest test;
  private final CareSetting setting;
  private final Optional<String> detail;
  private final String text;
  private final Topic subject;
  private final CautionTopic about;

  private Spec(Kind kind, Basis basis, Drug drug, List<DoseRule> bands, Purpose purpose, String what,
      String frequency, OptionalInt times, Optional<String> duration, WorkupTest test, CareSetting setting,
      Optional<String> detail, String text, Topic subject, CautionTopic about) {
    this.kind = kind;
    this.basis = basis;
    this.drug = drug;
    this.bands = bands;
    this.purpose = purpose;
    this.what = what;
    this.frequency = frequency;
    this.times = times;
    this.duration = duration;
    this.test = test;
    this.setting = setting;
    this.detail = detail;
    this.text = text;
    this.subject = subject;
    this.about = about;
  }

  private Spec with(Basis b) {
    return new Spec(kind, b, drug, bands, purpose, what, frequency, times, duration, test, setting, detail, text,
        subject, about);
  }

  /** A medication with its dose rule, or one rule per weight band (all for the same drug). */
  static Spec med(Citation source, Purpose purpose, DoseRule... bands) {
    if (bands.length == 0) {
      throw new IllegalArgumentException("a medication spec needs a rule");
    }
    Drug drug = bands[0].drug();
    for (DoseRule r : bands) {
      if (r.drug() != drug) {
        throw new IllegalArgumentException("weight bands of one medication must share the drug");
      }
    }
    return new Spec(Kind.MEDICATION, Basis.of(source), drug, List.of(bands), purpose, null, null,
        OptionalInt.empty(), Optional.empty(), null, null, Optional.empty(), null, null, null);
  }

  /** A medication the source names without a dose. */
  static Spec medWithoutDose(Citation source, Drug drug, Purpose purpose) {
    return new Spec(Kind.MEDICATION, Basis.of(source), drug, List.of(), purpose, null, null, OptionalInt.empty(),
        Optional.empty(), null, null, Optional.empty(), null, null, null);
  }

  /** Monitoring; {@code times} is the least number per 24 h, or 0 when the words give none. */
  static Spec monitor(Citation source, String what, String frequency, int times, String duration) {
    return new Spec(Kind.MONITORING, Basis.of(source), null, List.of(), null, what, frequency,
        times > 0 ? OptionalInt.of(times) : OptionalInt.empty(), Optional.ofNullable(duration), null, null,
        Optional.empty(), null, null, null);
  }

  static Spec workup(Citation source, WorkupTest test, String detail) {
    return new Spec(Kind.WORKUP, Basis.of(source), null, List.of(), null, null, null, OptionalInt.empty(),
        Optional.empty(), test, null, Optional.ofNullable(detail), null, null, null);
  }

  static Spec care(Citation source, CareSetting setting, String detail) {
    return new Spec(Kind.CARE, Basis.of(source), null, List.of(), null, null, null, OptionalInt.empty(),
        Optional.empty(), null, setting, Optional.ofNullable(detail), null, null, null);
  }

  static Spec support(Citation source, String measure) {
    return support(source, Topic.SUPPORTIVE_CARE, measure);
  }

  static Spec support(Citation source, Topic subject, String measure) {
    return new Spec(Kind.SUPPORT, Basis.of(source), null, List.of(), null, null, null, OptionalInt.empty(),
        Optional.empty(), null, null, Optional.empty(), measure, subject, null);
  }

  static Spec caution(Citation source, CautionTopic about, String text) {
    return new Spec(Kind.CAUTION, Basis.of(source), null, List.of(), null, null, null, OptionalInt.empty(),
        Optional.empty(), null, null, Optional.empty(), text, null, about);
  }

  /** The same, to consider. */
  Spec consider() {
    return with(basis.consider());
  }

  /** The same, as a suggestion, as the source words it ("several authors suggest"). */
  Spec suggest() {
    return with(basis.suggested());
  }

  /** The same, as a future instruction; {@code when} says when ("after the next teclistamab dose"). */
  Spec later(String when) {
    return with(basis.later(when));
  }

  /**
   * The same, applying by the project's reading of a word the source leaves undefined; the action is
   * then shown as [P] with the reading.
   */
  Spec readAs(String reading, Citation choice) {
    return with(basis.readAs(new Interpretation(reading, choice)));
  }

  /** The same, with the source's condition. */
  Spec when(String condition) {
    return with(basis.when(condition));
  }

  /** The same, as one of a group of alternatives. */
  Spec or(String group) {
    return with(basis.alternativeIn(group));
  }

  /** The same, kept as written but flagged for clinical review. */
  Spec review(String note) {
    return with(basis.requiringReview(note));
  }

  /** Whether the template is flagged for review. */
  boolean requiresReview() {
    return basis.requiresReview();
  }

  /** The citation. */
  Citation source() {
    return basis.source();
  }

  /** The dose rules of a medication template (empty for other kinds). */
  List<DoseRule> rules() {
    return bands;
  }

  /** The actions for one situation. */
  List<Action> build(Situation s) {
    switch (kind) {
      case MEDICATION:
        return medications(s);
      case MONITORING:
        return List.of(new Monitoring(what, frequency, times, duration, basis));
      case WORKUP:
        return List.of(new Workup(test, detail, basis));
      case CARE:
        return List.of(new LevelOfCare(setting, detail, basis));
      case SUPPORT:
        return List.of(new SupportiveCare(text, subject, basis));
      case CAUTION:
        return List.of(new Caution(about, text, basis));
      default:
        throw new AssertionError(kind);
    }
  }

  private List<Action> medications(Situation s) {
    if (bands.isEmpty()) {
      return List.of(Medication.withoutDose(drug, purpose, basis));
    }
    OptionalDouble w = s.weightKg();
    boolean child = s.ageGroup() == AgeGroup.CHILD;
    List<Action> out = new ArrayList<>();
    for (DoseRule r : bands) {
      if (w.isPresent()) {
        if (r.appliesToWeight(w.getAsDouble())) {
          out.add(new Medication(drug, Optional.of(r), r.doseFor(w, child), purpose, basis, r.noDoseReason(w, child)));
        }
      } else {
        Basis b = r.weightBand().map(band -> basis.when(band)).orElse(basis);
        out.add(new Medication(drug, Optional.of(r), r.doseFor(w, child), purpose, b, r.noDoseReason(w, child)));
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return kind + " " + Objects.toString(drug, Objects.toString(text, Objects.toString(what, "")));
  }
}
