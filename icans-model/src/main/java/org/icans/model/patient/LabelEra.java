package org.icans.model.patient;

import java.time.LocalDate;
import java.util.Objects;
import org.icans.model.Coded;

/**
 * Which generation of the CAR T-cell product labels the advice on driving, on staying near the
 * treating centre and on how long to watch follows: the labels with a REMS (risk evaluation and
 * mitigation strategy), or the labels after the FDA removed the REMS of the approved CD19- and
 * BCMA-directed autologous CAR T-cell products, announced 27 June 2025 (FDA announcement, reference
 * A2.10 [V]). The advice differs between them and is versioned by era, never merged (reference C7:
 * "version the policy by label date"). The one type of the whole library: patient guidance
 * ({@code icans-management}) and the risk report ({@code icans-risk}) both take it.
 *
 * <p><b>The rule</b>, the same everywhere in the library: the era is <em>stated by the caller</em>,
 * or derived <em>explicitly by the caller</em> from the infusion date with {@link
 * #forInfusionDate(LocalDate)} (project choice R-8: the announcement date divides the eras); no
 * service of the library derives it by itself, from an infusion date or anything else, since the
 * reference gives the announcement date, not the date each label and each centre changed its
 * advice. Where the era is not known, no output picks one for the reader: the risk report shows the
 * advice of both eras, each labelled with its era, and the patient materials, written for patients,
 * give neither and tell the patient to ask the care team.
 *
 * <p>Each era has a stable lower-case {@linkplain #code() code} for files and command lines.
 */
public enum LabelEra implements Coded {
  /**
   * The labels with a REMS (before the removal announced 27 June 2025): stay near the treatment
   * centre with a caregiver for about 4 weeks, and no driving for up to 8 weeks after the infusion
   * (reference A2.10 [V]).
   */
  REMS("rems", "REMS era (before 27 June 2025)"),
  /**
   * After the REMS removal (announced 27 June 2025): the manufacturer's patient guidance is no
   * driving or hazardous activities for at least 2 weeks and a care partner for the 2 weeks after
   * the infusion (reference A2.10 [V]); the labels' new proximity period is tagged unverified in
   * the reference and not given.
   */
  AFTER_REMS_REMOVAL("after_rems_removal", "after the REMS removal (from 27 June 2025)");

  /**
   * The day the FDA's removal of the CAR T-cell REMS was announced (reference A2.10 [V]); in {@link
   * #forInfusionDate(LocalDate)}, infusions from this day on are in the later era (project choice
   *
   */
  public static final LocalDate REMS_REMOVAL_ANNOUNCED = LocalDate.of(2025, 6, 27);

  private final String code;
  private final String label;

  LabelEra(String code, String label) {
    this.code = code;
    this.label = label;
  }

  /** The stable code, as files and command lines write it: {@code rems} or {@code after_rems_removal}. */
  @Override
  public String code() {
    return code;
  }

  /** For people: {@code REMS era (before 27 June 2025)}. */
  public String label() {
    return label;
  }

  /**
   * The era with this code, matched exactly ({@link Coded}): {@code rems} or
   * {@code after_rems_removal}.
   *
   * @throws org.icans.model.InvalidValueException (field {@code labelEra}) naming the code and the
   *     allowed codes
   */
  public static LabelEra fromCode(String code) {
    return Coded.fromCode(LabelEra.class, "labelEra", code);
  }

  /**
   * The era of an infusion on {@code infusionDate}, derived by the caller who chooses to: before
   * {@link #REMS_REMOVAL_ANNOUNCED}, the REMS era; from that day on, the later era (project choice
   * the announcement date divides the eras). The library never calls this for a caller.
   */
  public static LabelEra forInfusionDate(LocalDate infusionDate) {
    return Objects.requireNonNull(infusionDate, "infusionDate").isBefore(REMS_REMOVAL_ANNOUNCED)
        ? REMS : AFTER_REMS_REMOVAL;
  }
}
