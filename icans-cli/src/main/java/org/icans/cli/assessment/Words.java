package org.icans.cli.assessment;

import static java.util.Map.entry;

import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.Seizure;

/**
 * The vocabulary of the assessment file, version 1 ({@code spec/assessment-csv.md}): the
 * lower-case words of each column and the model value each stands for.
 */
public final class Words {
  private Words() {}

  /** The word of an assessed list with no finding ({@code motor}, {@code icp}). */
  public static final String NONE = "none";

  /** {@code consciousness}. */
  public static final Vocabulary<Consciousness> CONSCIOUSNESS = Vocabulary.of(
      entry("alert", Consciousness.ALERT),
      entry("awakens_spontaneously", Consciousness.AWAKENS_SPONTANEOUSLY),
      entry("awakens_to_voice", Consciousness.AWAKENS_TO_VOICE),
      entry("awakens_to_touch", Consciousness.AWAKENS_TO_TOUCH),
      entry("unarousable", Consciousness.UNAROUSABLE));

  /** {@code seizure}. */
  public static final Vocabulary<Seizure> SEIZURE = Vocabulary.of(
      entry("none", Seizure.NONE),
      entry("rapidly_resolving", Seizure.RAPIDLY_RESOLVING),
      entry("prolonged_or_repetitive", Seizure.PROLONGED_OR_REPETITIVE));

  /** The findings of {@code motor}, besides {@code none}. */
  public static final Vocabulary<MotorFinding> MOTOR = Vocabulary.of(
      entry("tremor", MotorFinding.TREMOR),
      entry("myoclonus", MotorFinding.MYOCLONUS),
      entry("hemiparesis", MotorFinding.HEMIPARESIS),
      entry("paraparesis", MotorFinding.PARAPARESIS));

  /** The findings of {@code icp}, besides {@code none}. */
  public static final Vocabulary<IcpFinding> ICP = Vocabulary.of(
      entry("focal_edema", IcpFinding.FOCAL_EDEMA),
      entry("diffuse_edema", IcpFinding.DIFFUSE_EDEMA),
      entry("posturing", IcpFinding.POSTURING),
      entry("cn6_palsy", IcpFinding.CN6_PALSY),
      entry("papilledema", IcpFinding.PAPILLEDEMA),
      entry("cushing_triad", IcpFinding.CUSHING_TRIAD));

  /** The domain words of the output's driver columns (the ICANS part of {@link #OTHER_CAUSE}). */
  public static final Vocabulary<IcansDomain> DOMAIN = Vocabulary.of(
      entry("encephalopathy", IcansDomain.ENCEPHALOPATHY),
      entry("consciousness", IcansDomain.CONSCIOUSNESS),
      entry("seizure", IcansDomain.SEIZURE),
      entry("motor", IcansDomain.MOTOR),
      entry("icp", IcansDomain.ICP));

  /**
   * {@code other_cause}: the ICANS domains (version 1), then the CRS signs (version 1.1). A list
   * cell is a bit mask of these positions: bits 0-4 are ICANS domains, bits 5-7 CRS signs.
   */
  public static final Vocabulary<Enum<?>> OTHER_CAUSE = Vocabulary.of(
      entry("encephalopathy", IcansDomain.ENCEPHALOPATHY),
      entry("consciousness", IcansDomain.CONSCIOUSNESS),
      entry("seizure", IcansDomain.SEIZURE),
      entry("motor", IcansDomain.MOTOR),
      entry("icp", IcansDomain.ICP),
      entry("fever", CrsSign.FEVER),
      entry("hypotension", CrsSign.HYPOTENSION),
      entry("hypoxia", CrsSign.HYPOXIA));

  /** {@code death_from}. */
  public static final Vocabulary<Syndrome> DEATH_FROM = Vocabulary.of(
      entry("icans", Syndrome.ICANS),
      entry("crs", Syndrome.CRS));

  /** {@code hypotension}. */
  public static final Vocabulary<Hypotension> HYPOTENSION = Vocabulary.of(
      entry("none", Hypotension.NONE),
      entry("fluids", Hypotension.FLUIDS),
      entry("one_vasopressor", Hypotension.ONE_VASOPRESSOR),
      entry("multiple_vasopressors", Hypotension.MULTIPLE_VASOPRESSORS),
      entry("unknown_support", Hypotension.UNKNOWN_SUPPORT));

  /** {@code oxygen}. */
  public static final Vocabulary<OxygenDevice> OXYGEN = Vocabulary.of(
      entry("none", OxygenDevice.NONE),
      entry("blow_by", OxygenDevice.BLOW_BY),
      entry("nasal_cannula", OxygenDevice.NASAL_CANNULA),
      entry("high_flow_nasal_cannula", OxygenDevice.HIGH_FLOW_NASAL_CANNULA),
      entry("facemask", OxygenDevice.FACEMASK),
      entry("nonrebreather", OxygenDevice.NONREBREATHER),
      entry("venturi", OxygenDevice.VENTURI),
      entry("cpap", OxygenDevice.CPAP),
      entry("bipap", OxygenDevice.BIPAP),
      entry("mechanical_ventilation", OxygenDevice.MECHANICAL_VENTILATION),
      entry("unknown_device", OxygenDevice.UNKNOWN_DEVICE));

  /** {@code developmental_delay}, {@code fever_masked}. */
  public static final Vocabulary<Boolean> BOOLEAN = Vocabulary.of(
      entry("true", Boolean.TRUE),
      entry("false", Boolean.FALSE));

  /** The word {@code capd_score} takes when the CAPD could not be performed. */
  public static final String UNABLE = "unable";

  /** The syndromes a patient may die of, for {@code death_from}. */
  public enum Syndrome {
    /** Death from ICANS: ICANS grade 5. */
    ICANS,
    /** Death from CRS: CRS grade 5. */
    CRS
  }
}
