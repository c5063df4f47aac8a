package org.icans.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.CodeSystem;
import org.icans.model.crs.CrsSign;
import org.icans.model.crs.Hypotension;
import org.icans.model.crs.OxygenDevice;
import org.icans.model.encephalopathy.CapdAnswer;
import org.icans.model.encephalopathy.CapdItem;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.Seizure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every value of every model enum has its own concept in the CodeSystem, and maps back to itself. */
class VocabularyTest {
  static <E extends Enum<E>> Arguments table(Class<E> type, Function<E, IcansConcept> of, Vocabulary.Reverse<E> back) {
    return Arguments.of(type.getSimpleName(), type, of, back);
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        table(Consciousness.class, Vocabulary::of, Vocabulary.CONSCIOUSNESS),
        table(Seizure.class, Vocabulary::of, Vocabulary.SEIZURE),
        table(MotorFinding.class, Vocabulary::of, Vocabulary.MOTOR),
        table(IcpFinding.class, Vocabulary::of, Vocabulary.ICP),
        table(Hypotension.class, Vocabulary::of, Vocabulary.HYPOTENSION),
        table(OxygenDevice.class, Vocabulary::of, Vocabulary.OXYGEN),
        table(IcansDomain.class, Vocabulary::of, Vocabulary.DOMAIN),
        table(CrsSign.class, Vocabulary::of, Vocabulary.SIGN),
        table(CapdItem.class, Vocabulary::of, Vocabulary.CAPD_ITEM),
        table(CapdAnswer.class, Vocabulary::of, Vocabulary.CAPD_ANSWER));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  <E extends Enum<E>> void everyValueHasItsOwnConceptAndComesBack(String name, Class<E> type,
      Function<E, IcansConcept> of, Vocabulary.Reverse<E> back) {
    Set<IcansConcept> seen = new HashSet<>();
    for (E e : type.getEnumConstants()) {
      IcansConcept c = of.apply(e);
      assertTrue(seen.add(c), name + "." + e + " shares " + c.code());
      assertEquals(e, back.value(c).orElseThrow(), name + "." + e);
      assertEquals(c, IcansCodeSystem.concept(c.code()).orElseThrow());
    }
    assertEquals(type.getEnumConstants().length, back.asMap().size());
  }

  @Test
  void theCodeSystemHasEveryConceptOnceWithDisplayAndDefinition() {
    CodeSystem cs = IcansCodeSystem.resource();
    assertEquals(IcansConcept.values().length, cs.getConcept().size());
    assertEquals(IcansConcept.values().length, cs.getCount());
    Set<String> codes = new HashSet<>();
    for (CodeSystem.ConceptDefinitionComponent c : cs.getConcept()) {
      assertTrue(codes.add(c.getCode()), c.getCode());
      assertTrue(c.getCode().matches("[a-z0-9]+(-[a-z0-9]+)*"), c.getCode());
      assertTrue(!c.getDisplay().isBlank() && !c.getDefinition().isBlank(), c.getCode());
    }
    assertEquals(IcansCodeSystem.URL, cs.getUrl());
  }

  @Test
  void theConceptsOfContractVersion11AreInTheCodeSystemAlready() {
    // Hypotension.UNKNOWN_SUPPORT and OxygenDevice.UNKNOWN_DEVICE (contract v1.1) map to these.
    for (String code : List.of("unknown-support", "unknown-device")) {
      assertTrue(IcansCodeSystem.concept(code).isPresent(), code);
    }
    assertTrue(Arrays.stream(IcansConcept.values()).anyMatch(c -> c == IcansConcept.UNKNOWN_SUPPORT));
  }
}
