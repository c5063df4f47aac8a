package org.icans.grading.icans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.icans.grading.testing.GradingArbitraries;
import org.icans.grading.testing.ReferenceGrading;
import org.icans.model.encephalopathy.CapdScore;
import org.icans.model.encephalopathy.IceScore;
import org.icans.model.icans.Consciousness;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.icans.IcpFinding;
import org.icans.model.icans.IcpFindings;
import org.icans.model.icans.MotorFinding;
import org.icans.model.icans.MotorFindings;
import org.icans.model.icans.Seizure;
import org.icans.testing.IcansObservations;

/**
 * Issue property 10: the int batch API agrees with the object API on every encodable observation,
 * and rejects every int that is not an encoding. Validity is judged by the bit layout documented in
 * {@code IcansCode} (not by its code): bits 30-31 zero; encephalopathy value at most 11 with ICE,
 * 34 with CAPD; consciousness at most 5; motor and ICP findings only with their assessed bit.
 */
class IcansBatchProperties {

  @Provide
  Arbitrary<IcansObservation> observations() {
    return IcansObservations.valid();
  }

  @Provide
  Arbitrary<EncephalopathyTool> tools() {
    return GradingArbitraries.tools();
  }

  @Provide
  Arbitrary<Tuple2<IcansObservation, EncephalopathyTool>> encodable() {
    return Combinators.combine(IcansObservations.valid(), GradingArbitraries.tools()).as(Tuple::of);
  }

  /** Batch grade, result, completeness agree with the object API; the result is the same object. */
  @Property(tries = 2000)
  void batchAgreesWithTheObjectApi(@ForAll("observations") IcansObservation o,
      @ForAll("tools") EncephalopathyTool tool) {
    IcansGrade grade = IcansGrader.grade(o, tool);
    int code = IcansBatch.encode(o, tool);
    assertEquals(grade.gradeOrMinusOne(), IcansBatch.grade(code), () -> o + " as 0x" + Integer.toHexString(code));
    assertSame(grade, IcansBatch.result(code));
    assertEquals(grade.isComplete(), IcansBatch.isComplete(code));
    assertTrue(validByLayout(code), () -> "encode gave a code outside the documented layout: 0x"
        + Integer.toHexString(code));
  }

  /** gradeAll over an array of codes of random observations equals grade per element. */
  @Property(tries = 300)
  void gradeAllMatchesGradePerElement(
      @ForAll("encodableLists") List<Tuple2<IcansObservation, EncephalopathyTool>> items) {
    int[] codes = new int[items.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = IcansBatch.encode(items.get(i).get1(), items.get(i).get2());
    }
    byte[] grades = new byte[codes.length];
    IcansBatch.gradeAll(codes, grades);
    for (int i = 0; i < codes.length; i++) {
      assertEquals(IcansBatch.grade(codes[i]), grades[i]);
      assertEquals(IcansGrader.grade(items.get(i).get1(), items.get(i).get2()).gradeOrMinusOne(), grades[i]);
    }
  }

  @Provide
  Arbitrary<List<Tuple2<IcansObservation, EncephalopathyTool>>> encodableLists() {
    return encodable().list().ofMinSize(0).ofMaxSize(40);
  }

  /**
   * Any int: grade, result and isComplete throw IllegalArgumentException exactly when the code is
   * outside the documented layout; otherwise grade is -1..5, equals the result's grade and the grade
   * of the observation the code documents, and re-encoding that observation gives the code back.
   */
  @Property(tries = 3000)
  void anyIntIsGradedOrRejected(@ForAll("anyCodes") int code) {
    if (!validByLayout(code)) {
      assertThrows(IllegalArgumentException.class, () -> IcansBatch.grade(code), () -> hex(code));
      assertThrows(IllegalArgumentException.class, () -> IcansBatch.result(code), () -> hex(code));
      assertThrows(IllegalArgumentException.class, () -> IcansBatch.isComplete(code), () -> hex(code));
      assertThrows(IllegalArgumentException.class, () -> IcansBatch.gradeAll(new int[] {code}, new byte[1]),
          () -> hex(code));
      return;
    }
    int grade = IcansBatch.grade(code);
    assertTrue(grade >= -1 && grade <= 5);
    IcansGrade result = IcansBatch.result(code);
    assertEquals(grade, result.gradeOrMinusOne(), () -> hex(code));
    assertEquals(result.isComplete(), IcansBatch.isComplete(code), () -> hex(code));
    EncephalopathyTool tool = (code & (1 << 6)) != 0 ? EncephalopathyTool.CAPD : EncephalopathyTool.ICE;
    IcansObservation decoded = decode(code);
    assertEquals(code, IcansBatch.encode(decoded, tool), () -> hex(code) + " decoded as " + decoded);
    assertSame(IcansGrader.grade(decoded, tool), result, () -> hex(code) + " decoded as " + decoded);
    assertEquals(ReferenceGrading.icansGrade(decoded, tool), grade, () -> hex(code) + " decoded as " + decoded);
  }

  /** gradeAll with invalid codes throws, naming the first invalid index, after writing the grades before it. */
  @Property(tries = 500)
  void gradeAllRejectsTheFirstInvalidCode(@ForAll("codeLists") List<Integer> list) {
    int[] codes = list.stream().mapToInt(Integer::intValue).toArray();
    byte[] grades = new byte[codes.length];
    int firstInvalid = -1;
    for (int i = 0; i < codes.length && firstInvalid < 0; i++) {
      if (!validByLayout(codes[i])) {
        firstInvalid = i;
      }
    }
    if (firstInvalid < 0) {
      IcansBatch.gradeAll(codes, grades);
      for (int i = 0; i < codes.length; i++) {
        assertEquals(IcansBatch.grade(codes[i]), grades[i]);
      }
      return;
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IcansBatch.gradeAll(codes, grades));
    assertTrue(e.getMessage().startsWith("codes[" + firstInvalid + "]"), e.getMessage());
    for (int i = 0; i < firstInvalid; i++) {
      assertEquals(IcansBatch.grade(codes[i]), grades[i]);
    }
  }

  /** Arrays of different lengths are rejected. */
  @Property(tries = 200)
  void gradeAllRejectsLengthMismatch(@ForAll("codeLists") List<Integer> list, @ForAll("extra") int extra) {
    int[] codes = list.stream().mapToInt(Integer::intValue).toArray();
    assertThrows(IllegalArgumentException.class, () -> IcansBatch.gradeAll(codes, new byte[codes.length + extra]));
  }

  @Provide
  Arbitrary<Integer> extra() {
    return Arbitraries.integers().between(1, 5);
  }

  @Provide
  Arbitrary<Integer> anyCodes() {
    Arbitrary<Integer> encoded = encodable().map(t -> IcansBatch.encode(t.get1(), t.get2()));
    return Arbitraries.frequencyOf(
        Tuple.of(2, Arbitraries.integers()),
        Tuple.of(3, Arbitraries.integers().between(0, (1 << 30) - 1)),
        Tuple.of(3, encoded),
        // One bit flipped in a real encoding: near-valid codes, valid and invalid.
        Tuple.of(3, Combinators.combine(encoded, Arbitraries.integers().between(0, 31))
            .as((c, bit) -> c ^ (1 << bit))));
  }

  @Provide
  Arbitrary<List<Integer>> codeLists() {
    Arbitrary<Integer> encoded = encodable().map(t -> IcansBatch.encode(t.get1(), t.get2()));
    return Arbitraries.frequencyOf(Tuple.of(6, encoded), Tuple.of(1, anyCodes())).list().ofMaxSize(30);
  }

  // ------------------------------------------------------------------ the documented layout

  private static String hex(int code) {
    return "0x" + Integer.toHexString(code);
  }

  /** Validity by the layout documented on IcansCode. */
  static boolean validByLayout(int code) {
    if ((code >>> 30) != 0) {
      return false;
    }
    boolean capd = (code & (1 << 6)) != 0;
    int enc = code & 0x3F;
    if (enc > (capd ? 34 : 11)) {
      return false;
    }
    if (((code >>> 7) & 7) > 5) {
      return false;
    }
    int motor = (code >>> 12) & 0x1F;
    if (motor != 0 && (motor & 1) == 0) {
      return false;
    }
    int icp = (code >>> 17) & 0x7F;
    return icp == 0 || (icp & 1) != 0;
  }

  /** The observation a valid code documents (with the applicable tool's value only). */
  static IcansObservation decode(int code) {
    IcansObservation.Builder b = IcansObservation.builder();
    boolean capd = (code & (1 << 6)) != 0;
    int enc = code & 0x3F;
    if (enc != 0) {
      if (capd) {
        b.capd(enc == 34 ? CapdScore.unableToPerform() : CapdScore.ofTotal(enc - 1));
      } else {
        b.ice(IceScore.ofTotal(enc - 1));
      }
    }
    int loc = (code >>> 7) & 7;
    if (loc != 0) {
      b.consciousness(Consciousness.values()[loc - 1]);
    }
    int sz = (code >>> 10) & 3;
    if (sz != 0) {
      b.seizure(Seizure.values()[sz - 1]);
    }
    int motor = (code >>> 12) & 0x1F;
    if (motor != 0) {
      EnumSet<MotorFinding> set = EnumSet.noneOf(MotorFinding.class);
      for (MotorFinding f : MotorFinding.values()) {
        if ((motor & (2 << f.ordinal())) != 0) {
          set.add(f);
        }
      }
      b.motor(MotorFindings.of(set));
    }
    int icp = (code >>> 17) & 0x7F;
    if (icp != 0) {
      EnumSet<IcpFinding> set = EnumSet.noneOf(IcpFinding.class);
      for (IcpFinding f : IcpFinding.values()) {
        if ((icp & (2 << f.ordinal())) != 0) {
          set.add(f);
        }
      }
      b.icp(IcpFindings.of(set));
    }
    for (IcansDomain d : IcansDomain.values()) {
      if ((code & (1 << (24 + d.ordinal()))) != 0) {
        b.addAttributedToOtherCause(d);
      }
    }
    return b.diedOfIcans((code & (1 << 29)) != 0).build();
  }
}
