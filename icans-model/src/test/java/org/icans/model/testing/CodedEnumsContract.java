package org.icans.model.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.icans.model.Coded;

/**
 * The code convention ({@link Coded}) on every public enum of one module, as jqwik properties a
 * module's {@code CodedEnumsProperties} inherits: each constant is found by its code, exactly,
 * through its type's {@code fromCode}; codes are unique and spelled as codes are; anything else is
 * refused naming every allowed code. The module lists the enums it leaves without codes, each with
 * its reason, so that a new public enum forces the choice.
 */
public abstract class CodedEnumsContract {
  /** A type of the module, to find its exported packages by. */
  protected abstract Class<?> anchor();

  /** The simple names (nested as {@code Outer.Inner}) of the public enums left without codes. */
  protected abstract Set<String> enumsWithoutCodes();

  @Example
  void theEnumsWithoutCodesAreTheseAndNoOthers() {
    assertEquals(enumsWithoutCodes(), CodedEnums.uncoded(anchor()));
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
    return Arbitraries.of(CodedEnums.constants(anchor()));
  }
}
