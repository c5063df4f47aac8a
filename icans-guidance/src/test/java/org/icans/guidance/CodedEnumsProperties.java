package org.icans.guidance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.Coded;
import org.icans.model.testing.CodedEnums;

/**
 * The code convention ({@link Coded}) on every public enum of this module: each constant is found
 * by its code, exactly, through its type's {@code fromCode}; codes are unique and spelled as codes
 * are; anything else is refused naming every allowed code. The enums left without codes are listed,
 * each with its reason, so that a new public enum forces the choice.
 */
class CodedEnumsProperties {
  private static final List<Coded> CONSTANTS = CodedEnums.constants(Symptom.class);

  /**
   * The public enums of this module without codes: {@code Audience} and {@code Style}
   * decide how a document is laid out, never written; {@code BodyTemperature.Unit} is read and
   * written as its symbol ({@code 38.4C}, {@code °C}), not as a code.
   */
  @Example
  void theEnumsWithoutCodesAreTheseAndNoOthers() {
    assertEquals(Set.of("GuidanceDocument.Audience", "GuidanceDocument.Style", "BodyTemperature.Unit"), CodedEnums.uncoded(Symptom.class));
  }

  @Property
  void everyConstantRoundTripsThroughItsCode(@ForAll("constants") Coded constant) {
    CodedEnums.assertRoundTrip(constant);
  }

  /** Case, surrounding spaces and the separator count: another spelling of a code is not the code. */
  @Property
  void anotherSpellingOfACodeIsRefused(@ForAll("constants") Coded constant) {
    Class<?> type = ((Enum<?>) constant).getDeclaringClass();
    String code = constant.code();
    CodedEnums.assertRefused(type, code.toUpperCase(Locale.ROOT));
    CodedEnums.assertRefused(type, code.toLowerCase(Locale.ROOT));
    CodedEnums.assertRefused(type, " " + code);
    CodedEnums.assertRefused(type, code + " ");
    CodedEnums.assertRefused(type, code.replace('_', '-'));
    CodedEnums.assertRefused(type, code.replace('-', '_'));
    CodedEnums.assertRefused(type, code.replace('_', ' '));
  }

  @Property
  void anyOtherTextIsRefusedNamingEveryCode(@ForAll("constants") Coded constant, @ForAll String text) {
    CodedEnums.assertRefused(((Enum<?>) constant).getDeclaringClass(), text);
  }

  @Provide
  Arbitrary<Coded> constants() {
    return Arbitraries.of(CONSTANTS);
  }
}
