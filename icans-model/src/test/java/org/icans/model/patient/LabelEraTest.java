package org.icans.model.patient;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one label era of the library: codes for files and command lines, and the explicit derivation
 * from an infusion date (project choice R-8: the REMS removal was announced on 27 June 2025).
 */
class LabelEraTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({"rems, REMS", "after_rems_removal, AFTER_REMS_REMOVAL"})
  void codesAreLookedUpExactly(String code, LabelEra era) {
    assertEquals(era, LabelEra.fromCode(code));
    assertEquals(era, LabelEra.fromCode(era.code()));
  }

  /** Case, spaces and hyphens count ({@link org.icans.model.Coded}); a command line may normalise first. */
  @ParameterizedTest(name = "\"{0}\" is refused")
  @ValueSource(strings = {"", "2024", "rems era", "after", "REMS", " rems ", "after-rems-removal", "After REMS removal"})
  void anUnknownCodeIsRefusedNamingTheCodes(String code) {
    assertInvalid(() -> LabelEra.fromCode(code), "labelEra", "'" + code + "'", "one of rems, after_rems_removal");
  }

  @ParameterizedTest(name = "an infusion on {0} is in {1}")
  @CsvSource({"2010-01-01, REMS", "2025-06-26, REMS", "2025-06-27, AFTER_REMS_REMOVAL",
      "2025-06-28, AFTER_REMS_REMOVAL", "2099-12-31, AFTER_REMS_REMOVAL"})
  void theCallerMayDeriveTheEraFromTheInfusionDate(LocalDate infusion, LabelEra era) {
    assertEquals(era, LabelEra.forInfusionDate(infusion));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"REMS, rems, REMS era (before 27 June 2025)",
      "AFTER_REMS_REMOVAL, after_rems_removal, after the REMS removal (from 27 June 2025)"})
  void eachEraHasItsCodeAndLabel(LabelEra era, String code, String label) {
    assertEquals(code, era.code());
    assertEquals(label, era.label());
  }
}
