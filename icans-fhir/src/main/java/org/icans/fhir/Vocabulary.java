package org.icans.fhir;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdItem;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.Seizure;

/**
 * The model's values and their concepts, both ways. Every mapping is a switch expression without a
 * default: a constant added to a model enum does not compile until it is given its concept here
 * (and its concept exists in {@link IcansConcept}).
 */
final class Vocabulary {
  private Vocabulary() {}

  static IcansConcept of(Consciousness c) {
    return switch (c) {
      case ALERT -> IcansConcept.ALERT;
      case AWAKENS_SPONTANEOUSLY -> IcansConcept.AWAKENS_SPONTANEOUSLY;
      case AWAKENS_TO_VOICE -> IcansConcept.AWAKENS_TO_VOICE;
      case AWAKENS_TO_TOUCH -> IcansConcept.AWAKENS_TO_TOUCH;
      case UNAROUSABLE -> IcansConcept.UNAROUSABLE;
    };
  }

  static IcansConcept of(Seizure s) {
    return switch (s) {
      case NONE -> IcansConcept.NONE;
      case RAPIDLY_RESOLVING -> IcansConcept.SEIZURE_RAPIDLY_RESOLVING;
      case PROLONGED_OR_REPETITIVE -> IcansConcept.SEIZURE_PROLONGED_OR_REPETITIVE;
    };
  }

  static IcansConcept of(MotorFinding m) {
    return switch (m) {
      case TREMOR -> IcansConcept.TREMOR;
      case MYOCLONUS -> IcansConcept.MYOCLONUS;
      case HEMIPARESIS -> IcansConcept.HEMIPARESIS;
      case PARAPARESIS -> IcansConcept.PARAPARESIS;
    };
  }

  static IcansConcept of(IcpFinding f) {
    return switch (f) {
      case FOCAL_EDEMA -> IcansConcept.FOCAL_EDEMA;
      case DIFFUSE_EDEMA -> IcansConcept.DIFFUSE_EDEMA;
      case POSTURING -> IcansConcept.POSTURING;
      case CN6_PALSY -> IcansConcept.CN6_PALSY;
      case PAPILLEDEMA -> IcansConcept.PAPILLEDEMA;
      case CUSHING_TRIAD -> IcansConcept.CUSHING_TRIAD;
    };
  }

  static IcansConcept of(Hypotension h) {
    return switch (h) {
      case NONE -> IcansConcept.NONE;
      case FLUIDS -> IcansConcept.FLUIDS;
      case ONE_VASOPRESSOR -> IcansConcept.ONE_VASOPRESSOR;
      case MULTIPLE_VASOPRESSORS -> IcansConcept.MULTIPLE_VASOPRESSORS;
      case UNKNOWN_SUPPORT -> IcansConcept.UNKNOWN_SUPPORT;
    };
  }

  static IcansConcept of(OxygenDevice d) {
    return switch (d) {
      case NONE -> IcansConcept.NONE;
      case BLOW_BY -> IcansConcept.BLOW_BY;
      case NASAL_CANNULA -> IcansConcept.NASAL_CANNULA;
      case HIGH_FLOW_NASAL_CANNULA -> IcansConcept.HIGH_FLOW_NASAL_CANNULA;
      case FACEMASK -> IcansConcept.FACEMASK;
      case NONREBREATHER -> IcansConcept.NONREBREATHER;
      case VENTURI -> IcansConcept.VENTURI;
      case CPAP -> IcansConcept.CPAP;
      case BIPAP -> IcansConcept.BIPAP;
      case MECHANICAL_VENTILATION -> IcansConcept.MECHANICAL_VENTILATION;
      case UNKNOWN_DEVICE -> IcansConcept.UNKNOWN_DEVICE;
    };
  }

  static IcansConcept of(IcansDomain d) {
    return switch (d) {
      case ENCEPHALOPATHY -> IcansConcept.ENCEPHALOPATHY;
      case CONSCIOUSNESS -> IcansConcept.CONSCIOUSNESS;
      case SEIZURE -> IcansConcept.SEIZURE;
      case MOTOR -> IcansConcept.MOTOR;
      case ICP -> IcansConcept.ICP;
    };
  }

  static IcansConcept of(CrsSign s) {
    return switch (s) {
      case FEVER -> IcansConcept.FEVER;
      case HYPOTENSION -> IcansConcept.HYPOTENSION;
      case HYPOXIA -> IcansConcept.HYPOXIA;
    };
  }

  static IcansConcept of(CapdItem i) {
    return switch (i) {
      case EYE_CONTACT -> IcansConcept.CAPD_EYE_CONTACT;
      case PURPOSEFUL_ACTIONS -> IcansConcept.CAPD_PURPOSEFUL_ACTIONS;
      case AWARE_OF_SURROUNDINGS -> IcansConcept.CAPD_AWARE_OF_SURROUNDINGS;
      case COMMUNICATES_NEEDS -> IcansConcept.CAPD_COMMUNICATES_NEEDS;
      case RESTLESS -> IcansConcept.CAPD_RESTLESS;
      case INCONSOLABLE -> IcansConcept.CAPD_INCONSOLABLE;
      case UNDERACTIVE -> IcansConcept.CAPD_UNDERACTIVE;
      case SLOW_TO_RESPOND -> IcansConcept.CAPD_SLOW_TO_RESPOND;
    };
  }

  static IcansConcept of(CapdAnswer a) {
    return switch (a) {
      case NEVER -> IcansConcept.CAPD_NEVER;
      case RARELY -> IcansConcept.CAPD_RARELY;
      case SOMETIMES -> IcansConcept.CAPD_SOMETIMES;
      case OFTEN -> IcansConcept.CAPD_OFTEN;
      case ALWAYS -> IcansConcept.CAPD_ALWAYS;
    };
  }

  static final Reverse<Consciousness> CONSCIOUSNESS = new Reverse<>(Consciousness.class, Vocabulary::of);
  static final Reverse<Seizure> SEIZURE = new Reverse<>(Seizure.class, Vocabulary::of);
  static final Reverse<MotorFinding> MOTOR = new Reverse<>(MotorFinding.class, Vocabulary::of);
  static final Reverse<IcpFinding> ICP = new Reverse<>(IcpFinding.class, Vocabulary::of);
  static final Reverse<Hypotension> HYPOTENSION = new Reverse<>(Hypotension.class, Vocabulary::of);
  static final Reverse<OxygenDevice> OXYGEN = new Reverse<>(OxygenDevice.class, Vocabulary::of);
  static final Reverse<IcansDomain> DOMAIN = new Reverse<>(IcansDomain.class, Vocabulary::of);
  static final Reverse<CrsSign> SIGN = new Reverse<>(CrsSign.class, Vocabulary::of);
  static final Reverse<CapdItem> CAPD_ITEM = new Reverse<>(CapdItem.class, Vocabulary::of);
  static final Reverse<CapdAnswer> CAPD_ANSWER = new Reverse<>(CapdAnswer.class, Vocabulary::of);

  /** A concept back to the model's value, and the codes allowed, in words for messages. */
  static final class Reverse<E extends Enum<E>> {
    private final Map<IcansConcept, E> values = new EnumMap<>(IcansConcept.class);
    private final String allowed;

    Reverse(Class<E> type, Function<E, IcansConcept> concept) {
      StringBuilder s = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        IcansConcept c = concept.apply(e);
        if (values.put(c, e) != null) {
          throw new IllegalStateException(type.getSimpleName() + ": two values map to " + c.code());
        }
        s.append(s.length() == 0 ? "" : ", ").append(c.code());
      }
      this.allowed = s.toString();
    }

    Optional<E> value(IcansConcept c) {
      return Optional.ofNullable(values.get(c));
    }

    /** The allowed codes, comma-separated, in the enum's order. */
    String allowed() {
      return allowed;
    }

    Map<IcansConcept, E> asMap() {
      return Collections.unmodifiableMap(values);
    }
  }
}
