package org.icans.model.patient;

import static org.icans.model.testing.InvalidValueAssertions.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The product received: a non-blank name, a modality and a target antigen. */
class ProductTest {

  @Test
  void holdsNameModalityAndTarget() {
    Product p = Product.of("teclistamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.BCMA);

    assertAll(
        () -> assertEquals("teclistamab", p.name()),
        () -> assertEquals(TherapyModality.BISPECIFIC_T_CELL_ENGAGER, p.modality()),
        () -> assertEquals(TargetAntigen.BCMA, p.target()),
        () -> assertEquals(
            Product.of("teclistamab", TherapyModality.BISPECIFIC_T_CELL_ENGAGER, TargetAntigen.BCMA), p));
  }

  @Test
  void theBuilderBuildsTheSameValue() {
    Product built = new Product.Builder()
        .name("axicabtagene ciloleucel").modality(TherapyModality.CAR_T_CELL).target(TargetAntigen.CD19).build();

    assertEquals(Product.of("axicabtagene ciloleucel", TherapyModality.CAR_T_CELL, TargetAntigen.CD19), built);
  }

  @ParameterizedTest(name = "name \"{0}\" is refused")
  @ValueSource(strings = {"", " ", "   ", "\t", "\n \t"})
  void refusesABlankName(String name) {
    assertInvalid(() -> Product.of(name, TherapyModality.CAR_T_CELL, TargetAntigen.CD19),
        "product.name", "'" + name + "'", "non-empty text");
  }

  @Test
  void rejectsNull() {
    assertAll(
        () -> assertThrows(NullPointerException.class,
            () -> Product.of(null, TherapyModality.CAR_T_CELL, TargetAntigen.CD19)),
        () -> assertThrows(NullPointerException.class, () -> Product.of("x", null, TargetAntigen.CD19)),
        () -> assertThrows(NullPointerException.class, () -> Product.of("x", TherapyModality.CAR_T_CELL, null)));
  }
}
