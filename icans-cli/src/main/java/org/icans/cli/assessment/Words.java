package org.icans.cli.assessment;

import static java.util.Map.entry;

import org.icans.model.Coded;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.Seizure;

/**
 * The vocabulary of the assessment file, version 1.1 ({@code spec/assessment-csv.md}): the
 * lower-case words of each column and the model value each stands for. The words of the model's
 * values are their {@linkplain Coded codes}, in declaration order; {@code WordsTest} pins them to
 * the contract's words, column by column.
 */
public final class Words {
  private Words() {}

  /** The word of an assessed list with no finding ({@code motor}, {@code icp}). */
  public static final String NONE = "none";

  /** {@code consciousness}. */
  public static final Vocabulary<Consciousness> CONSCIOUSNESS = Vocabulary.ofCodes(Consciousness.values());

  /** {@code seizure}. */
  public static final Vocabulary<Seizure> SEIZURE = Vocabulary.ofCodes(Seizure.values());

  /** The findings of {@code motor}, besides {@code none}. */
  public static final Vocabulary<MotorFinding> MOTOR = Vocabulary.ofCodes(MotorFinding.values());

  /** The findings of {@code icp}, besides {@code none}. */
  public static final Vocabulary<IcpFinding> ICP = Vocabulary.ofCodes(IcpFinding.values());

  /** The domain words of the output's driver columns (the ICANS part of {@link #OTHER_CAUSE}). */
  public static final Vocabulary<IcansDomain> DOMAIN = Vocabulary.ofCodes(IcansDomain.values());

  /**
   * {@code other_cause}: the ICANS domains (version 1), then the CRS signs (version 1.1). A list
   * cell is a bit mask of these positions: bits 0-4 are ICANS domains, bits 5-7 CRS signs.
   */
  public static final Vocabulary<Coded> OTHER_CAUSE = Vocabulary.ofCodes(
      IcansDomain.ENCEPHALOPATHY, IcansDomain.CONSCIOUSNESS, IcansDomain.SEIZURE, IcansDomain.MOTOR, IcansDomain.ICP,
      CrsSign.FEVER, CrsSign.HYPOTENSION, CrsSign.HYPOXIA);

  /** {@code death_from}. */
  public static final Vocabulary<Syndrome> DEATH_FROM = Vocabulary.ofCodes(Syndrome.values());

  /** {@code hypotension}. */
  public static final Vocabulary<Hypotension> HYPOTENSION = Vocabulary.ofCodes(Hypotension.values());

  /** {@code oxygen}. */
  public static final Vocabulary<OxygenDevice> OXYGEN = Vocabulary.ofCodes(OxygenDevice.values());

  /** {@code developmental_delay}, {@code fever_masked}. */
  public static final Vocabulary<Boolean> BOOLEAN = Vocabulary.of(
      entry("true", Boolean.TRUE),
      entry("false", Boolean.FALSE));

  /** The word {@code capd_score} takes when the CAPD could not be performed. */
  public static final String UNABLE = "unable";

  /** The syndromes a patient may die of, for {@code death_from}. */
  public enum Syndrome implements Coded {
    /** Death from ICANS: ICANS grade 5. */
    ICANS("icans"),
    /** Death from CRS: CRS grade 5. */
    CRS("crs");

    private final String code;

    Syndrome(String code) {
      this.code = code;
    }

    /** The stable code, as the file writes it: {@code icans} or {@code crs}. */
    @Override
    public String code() {
      return code;
    }

    /**
     * The syndrome with this code, matched exactly ({@link Coded}).
     *
     * @throws org.icans.model.InvalidValueException (field {@code death_from})
     *     naming the code and every allowed code
     */
    public static Syndrome fromCode(String code) {
      return Coded.fromCode(Syndrome.class, "death_from", code);
    }
  }
}
