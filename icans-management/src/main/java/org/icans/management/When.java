package org.icans.management;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.icans.model.patient.TherapyModality;

/** The conditions that select a policy's rows for a situation. */
final class When {
  private When() {}

  static Predicate<Situation> always() {
    return s -> true;
  }

  /** The ICANS grade is one of these. */
  static Predicate<Situation> icans(int... grades) {
    return s -> {
      for (int g : grades) {
        if (s.icansGrade() == g) {
          return true;
        }
      }
      return false;
    };
  }

  static Predicate<Situation> icansAtLeast(int grade) {
    return s -> s.icansGrade() >= grade;
  }

  static Predicate<Situation> icansBetween(int low, int high) {
    return s -> s.icansGrade() >= low && s.icansGrade() <= high;
  }

  /** No concurrent CRS (grade 0). */
  static Predicate<Situation> noCrs() {
    return s -> s.crsGrade() == 0;
  }

  /** Concurrent CRS of any grade. */
  static Predicate<Situation> crs() {
    return s -> s.crsGrade() > 0;
  }

  static Predicate<Situation> crsAtLeast(int grade) {
    return s -> s.crsGrade() >= grade;
  }

  /** The current treatment has run at least this many hours without improvement. */
  static Predicate<Situation> hoursWithoutImprovementAtLeast(double hours) {
    return s -> s.hoursWithoutImprovement() >= hours;
  }

  /** Any hours without improvement (project choice for advice with no threshold). */
  static Predicate<Situation> notImproving() {
    return s -> s.hoursWithoutImprovement() > 0;
  }

  /**
   * Refractory to corticosteroids, where the source does not define it (project choice
   * CHOICE_REFRACTORY): corticosteroids already given and hours without improvement reported.
   */
  static Predicate<Situation> refractoryToCorticosteroids() {
    return s -> s.daysOfCorticosteroid() > 0 && s.hoursWithoutImprovement() > 0;
  }

  static Predicate<Situation> seizure(SeizureStatus first, SeizureStatus... rest) {
    Set<SeizureStatus> set = EnumSet.of(first, rest);
    return s -> set.contains(s.seizure());
  }

  static Predicate<Situation> eeg(EegStatus first, EegStatus... rest) {
    Set<EegStatus> set = EnumSet.of(first, rest);
    return s -> set.contains(s.eeg());
  }

  static Predicate<Situation> edema(CerebralEdema first, CerebralEdema... rest) {
    Set<CerebralEdema> set = EnumSet.of(first, rest);
    return s -> set.contains(s.edema());
  }

  /** The product is one of these (nonproprietary names, case-insensitive). */
  static Predicate<Situation> product(String... names) {
    return s -> s.product().map(p -> {
      String n = p.name().trim().toLowerCase(Locale.ROOT);
      for (String x : names) {
        if (n.equals(x)) {
          return true;
        }
      }
      return false;
    }).orElse(false);
  }

  /** CAR T cells, or a product not given. */
  static Predicate<Situation> carTOrUnknown() {
    return s -> s.product().map(p -> p.modality() == TherapyModality.CAR_T_CELL).orElse(true);
  }
}
