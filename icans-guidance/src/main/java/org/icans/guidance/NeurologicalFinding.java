package org.icans.guidance;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.icans.model.Coded;

/**
 * A neurological finding in a patient after immune effector cell therapy, as a clinician records
 * it before deciding whether it is ICANS. The differential ({@link Differentials}) and the pitfall
 * checks ({@link Pitfalls}) start from a set of these.
 */
public enum NeurologicalFinding implements Coded {
  /** Aphasia or another language disturbance (word-finding difficulty, dysgraphia). */
  APHASIA("aphasia", "aphasia"),
  /** Hemiparesis, paraparesis or another acute focal motor deficit. */
  FOCAL_WEAKNESS("focal_weakness", "focal weakness (hemiparesis or paraparesis)"),
  /** Confusion, inattention, delirium or another encephalopathy. */
  ENCEPHALOPATHY("encephalopathy", "encephalopathy (confusion, inattention)"),
  /** Depressed level of consciousness, from drowsiness to coma. */
  DEPRESSED_CONSCIOUSNESS("depressed_consciousness", "depressed level of consciousness"),
  /** A clinical or electrographic seizure. */
  SEIZURE("seizure", "seizure"),
  /** Headache. */
  HEADACHE("headache", "headache"),
  /** Tremor or myoclonus. */
  TREMOR("tremor", "tremor or myoclonus"),
  /** Gait instability or ataxia. */
  GAIT_INSTABILITY("gait_instability", "gait instability"),
  /** Signs of raised intracranial pressure: positional headache, vomiting, abducens palsy, papilledema. */
  RAISED_ICP_SIGNS("raised_icp_signs", "signs of raised intracranial pressure");

  private final String code;
  private final String label;

  NeurologicalFinding(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable code, as files and command lines write it: {@code focal_weakness}. */
  @Override
  public String code() {
    return code;
  }

  /** The finding in clinical words, lower case, for example "focal weakness (hemiparesis or paraparesis)". */
  public String label() {
    return label;
  }

  /**
   * The finding with this code, matched exactly ({@link Coded}).
   *
   * @throws org.icans.model.InvalidValueException (field {@code finding})
   *     naming the code and every allowed code
   */
  public static NeurologicalFinding fromCode(String code) {
    return Coded.fromCode(NeurologicalFinding.class, "finding", code);
  }

  /**
   * The findings with these codes, as an unmodifiable set in declaration order.
   *
   * @throws org.icans.model.InvalidValueException at the first unknown word
   */
  public static Set<NeurologicalFinding> fromCodes(Collection<String> words) {
    Objects.requireNonNull(words, "findings");
    Set<NeurologicalFinding> set = EnumSet.noneOf(NeurologicalFinding.class);
    for (String w : words) {
      set.add(fromCode(w));
    }
    return Collections.unmodifiableSet(set);
  }
}
