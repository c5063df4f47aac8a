package org.icans.model.evidence;

import java.util.Objects;

/**
 * Where a rule, threshold or dose comes from: a short key (as the project's references use it,
 * for example {@code LEE19}), the reference, the place in it (table, footnote, section) and how
 * firmly it is established.
 *
 * <p>Immutable value; equal when all four parts are equal.
 */
public final class Citation {
  private final String key;
  private final String reference;
  private final String locator;
  private final Evidence evidence;

  private Citation(String key, String reference, String locator, Evidence evidence) {
    this.key = requireText("key", key);
    this.reference = requireText("reference", reference);
    this.locator = requireText("locator", locator);
    this.evidence = Objects.requireNonNull(evidence, "evidence");
  }

  /**
   * A citation.
   *
   * @param key the short key, for example {@code "LEE19"}
   * @param reference the full reference
   * @param locator the table, footnote or section within it
   * @param evidence how firmly the fact is established
   */
  public static Citation of(String key, String reference, String locator, Evidence evidence) {
    return new Citation(key, reference, locator, evidence);
  }

  /** The same reference at another place in it. */
  public Citation at(String otherLocator) {
    return new Citation(key, reference, otherLocator, evidence);
  }

  private static String requireText(String name, String value) {
    if (Objects.requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException("citation " + name + " must not be blank");
    }
    return value;
  }

  /** The short key, for example {@code LEE19}. */
  public String key() {
    return key;
  }

  /** The full reference. */
  public String reference() {
    return reference;
  }

  /** The table, footnote or section within the reference. */
  public String locator() {
    return locator;
  }

  /** How firmly the fact is established. */
  public Evidence evidence() {
    return evidence;
  }

  /** A short form for explanations: key and locator, for example {@code "LEE19, ICE table"}. */
  public String shortForm() {
    return key + ", " + locator;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Citation)) {
      return false;
    }
    Citation c = (Citation) o;
    return key.equals(c.key) && reference.equals(c.reference) && locator.equals(c.locator) && evidence == c.evidence;
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, reference, locator, evidence);
  }

  @Override
  public String toString() {
    return key + " (" + reference + "), " + locator + " [" + evidence + "]";
  }
}
