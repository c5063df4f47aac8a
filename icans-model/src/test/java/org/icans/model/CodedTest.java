package org.icans.model;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one lookup of codes: exact, and a refusal names the field, the code and every allowed code. */
class CodedTest {

  /** A coded enum whose codes differ from its constant names, as a renamed constant's would. */
  enum Tint implements Coded {
    RED("red"),
    NAVY("dark_blue"),
    SEA("sea-green");

    private final String code;

    Tint(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  @Test
  void findsEachConstantByItsCodeNotItsName() {
    assertEquals(Tint.RED, Coded.fromCode(Tint.class, "tint", "red"));
    assertEquals(Tint.NAVY, Coded.fromCode(Tint.class, "tint", "dark_blue"));
    assertEquals(Tint.SEA, Coded.fromCode(Tint.class, "tint", "sea-green"));
    assertEquals(Optional.of(Tint.NAVY), Coded.find(Tint.class, "dark_blue"));
    assertEquals(Optional.empty(), Coded.find(Tint.class, "navy"));
  }

  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"navy", "NAVY", "Red", " red", "red ", "dark-blue", "dark blue", "sea_green", "", "r"})
  void matchesExactlyAndNamesEveryAllowedCode(String code) {
    InvalidValueException e = assertInvalid(() -> Coded.fromCode(Tint.class, "tint", code),
        "tint", "'" + code + "'", "one of red, dark_blue, sea-green");
    assertEquals("tint: '" + code + "' is not allowed; allowed: one of red, dark_blue, sea-green", e.getMessage());
  }

  @Test
  void listsTheAllowedCodesInDeclarationOrder() {
    assertEquals("red, dark_blue, sea-green", Coded.allowedCodes(Tint.class));
  }

  @Test
  void refusesNullNamingTheArgument() {
    assertEquals("type", assertThrows(NullPointerException.class, () -> Coded.fromCode(null, "f", "red")).getMessage());
    assertEquals("field", assertThrows(NullPointerException.class,
        () -> Coded.fromCode(Tint.class, null, "red")).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class,
        () -> Coded.fromCode(Tint.class, "f", null)).getMessage());
    assertEquals("code", assertThrows(NullPointerException.class, () -> Coded.find(Tint.class, null)).getMessage());
    assertEquals("type", assertThrows(NullPointerException.class, () -> Coded.allowedCodes(null)).getMessage());
  }
}
