package org.icans.management.dosing;

import java.util.Objects;
import java.util.Optional;
import org.icans.management.internal.Args;
import org.icans.management.internal.Num;
import org.icans.model.Coded;
import org.icans.model.evidence.Citation;

/**
 * A most a dose may be, with where it comes from: the dose rule's own source, a verified ceiling
 * of the drug from another source ({@link DoseCeilings}), a verified paediatric ceiling, or, for a
 * child, the adult maximum of the same regimen. A {@link Dose} lists every ceiling that bounds it;
 * a dose with none says so in words ({@link Dose#ceilingText()}).
 *
 * @param mg the ceiling in mg, per dose or per day by {@code basis}
 * @param basis per dose or per day
 * @param origin where the ceiling comes from
 * @param source the citation of a ceiling from another source; empty for the rule's own ceiling
 */
public record Ceiling(double mg, DoseBasis basis, Origin origin, Optional<Citation> source) {

  /** Where a ceiling comes from. */
  public enum Origin implements Coded {
    /** Stated by the dose rule's own source. */
    RULE("rule"),
    /** A verified ceiling of the drug from another source, applied whatever the rule's source says. */
    VERIFIED_ELSEWHERE("verified_elsewhere"),
    /** A verified paediatric ceiling, applied to children. */
    PEDIATRIC("pediatric"),
    /** For a child: the adult maximum of the same regimen (a child's dose never exceeds it). */
    ADULT_MAXIMUM("adult_maximum");

    private final String code;

    Origin(String code) {
      this.code = code;
    }

    /** The stable code, as files and command lines write it: {@code rule}. */
    @Override
    public String code() {
      return code;
    }

    /**
     * The origin with this code, matched exactly ({@link Coded}).
     *
     * @throws org.icans.model.InvalidValueException (field {@code ceiling.origin})
     *     naming the code and every allowed code
     */
    public static Origin fromCode(String code) {
      return Coded.fromCode(Origin.class, "ceiling.origin", code);
    }
  }

  /** Validates: a positive finite amount; a source exactly for ceilings from elsewhere. */
  public Ceiling {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(source, "source");
    Args.positive("ceiling.mg", mg);
    if ((origin == Origin.VERIFIED_ELSEWHERE || origin == Origin.PEDIATRIC) != source.isPresent()) {
      throw new IllegalArgumentException("ceiling.source: a ceiling from elsewhere cites its source, and only it");
    }
  }

  /** For people: {@code "800 mg per dose"}. */
  public String amount() {
    return Num.plain(mg) + " mg " + (basis == DoseBasis.PER_DAY ? "per day" : "per dose");
  }

  /**
   * For people, with its origin: {@code "ceiling 800 mg per dose (stated by this source)"}, {@code
   * "ceiling 800 mg per dose from ASCO21 [V], not stated by this source"}.
   */
  public String describe() {
    switch (origin) {
      case RULE:
        return "ceiling " + amount() + " (stated by this source)";
      case VERIFIED_ELSEWHERE:
        return "ceiling " + amount() + " from " + source.get().shortForm() + ", not stated by this source "
            + "(applied by project safety rule SAFE-CEILING)";
      case PEDIATRIC:
        return "paediatric ceiling " + amount() + " from " + source.get().shortForm();
      default:
        return "for a child at most the adult maximum of this regimen, " + amount();
    }
  }
}
