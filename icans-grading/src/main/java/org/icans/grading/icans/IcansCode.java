package org.icans.grading.icans;

import java.util.Objects;
import org.icans.model.icans.IcansDomain;
import org.icans.model.icans.IcansObservation;
import org.icans.model.internal.FindingsAccess;
import org.icans.model.internal.FindingsLayout;

/**
 * The 30-bit encoding of one ICANS observation, with the encephalopathy tool already chosen. It
 * is the input of the columnar batch API and the key to the shared results.
 *
 * <pre>
 *  bits  0-5  encephalopathy value of the applicable tool: 0 not assessed; ICE 1 + score (1-11);
 *             CAPD 1 + total (1-33), 34 unable to perform
 *  bit   6    tool: 0 ICE, 1 CAPD
 *  bits  7-9  consciousness: 0 not assessed, 1 + Consciousness ordinal (1-5)
 *  bits 10-11 seizure: 0 not assessed, 1 + Seizure ordinal (1-3)
 *  bits 12-16 motor: bit 12 assessed, bits 13-16 MotorFinding set (ordinal bits)
 *  bits 17-23 raised ICP / edema: bit 17 assessed, bits 18-23 IcpFinding set (ordinal bits)
 *  bits 24-28 domains attributed to another cause (IcansDomain ordinal bits)
 *  bit  29    died of ICANS
 * </pre>
 */
final class IcansCode {
  private IcansCode() {}

  static final int ENC_SHIFT = 0;
  static final int ENC_BITS = 0x3F;
  static final int TOOL_CAPD = 1 << 6;
  static final int LOC_SHIFT = 7;
  static final int SZ_SHIFT = 10;
  static final int MOTOR_SHIFT = 12;
  static final int ICP_SHIFT = 17;
  static final int ATTR_SHIFT = 24;
  static final int DIED = 1 << 29;

  static final int ICE_MAX_CODE = 11;
  static final int CAPD_UNABLE_CODE = 34;

  /** The bits of each domain's finding, by IcansDomain ordinal; the tool bit is not a finding. */
  static final int[] DOMAIN_BITS = {
    ENC_BITS, 0x7 << LOC_SHIFT, 0x3 << SZ_SHIFT, 0x1F << MOTOR_SHIFT, 0x7F << ICP_SHIFT
  };

  private static final IcansDomain[] DOMAINS = IcansDomain.values();

  /** Reads an observation's packed findings; a constant, so the JIT reads the field directly. */
  static final FindingsAccess.IcansReader FINDINGS = FindingsAccess.icans();

  static int encode(IcansObservation o, EncephalopathyTool tool) {
    Objects.requireNonNull(o, "observation");
    Objects.requireNonNull(tool, "tool");
    return fromFindings(FINDINGS.findings(o), tool);
  }

  /**
   * The code of packed findings ({@link FindingsLayout}) graded with {@code tool}: the tool's own
   * value, the same motor and ICP sub-layouts, the attribution bits gathered by domain ordinal.
   */
  static int fromFindings(long f, EncephalopathyTool tool) {
    int code = tool == EncephalopathyTool.CAPD
        ? TOOL_CAPD | FindingsLayout.field(f, FindingsLayout.CAPD_SHIFT, FindingsLayout.CAPD_MASK)
        : FindingsLayout.field(f, FindingsLayout.ICE_SHIFT, FindingsLayout.ICE_MASK);
    code |= FindingsLayout.field(f, FindingsLayout.CONSCIOUSNESS_SHIFT, FindingsLayout.CONSCIOUSNESS_MASK)
        << LOC_SHIFT;
    code |= FindingsLayout.field(f, FindingsLayout.SEIZURE_SHIFT, FindingsLayout.SEIZURE_MASK) << SZ_SHIFT;
    code |= FindingsLayout.field(f, FindingsLayout.MOTOR_SHIFT, FindingsLayout.MOTOR_MASK) << MOTOR_SHIFT;
    code |= FindingsLayout.field(f, FindingsLayout.ICP_SHIFT, FindingsLayout.ICP_MASK) << ICP_SHIFT;
    for (IcansDomain d : DOMAINS) {
      if (FindingsLayout.isSet(f, FindingsLayout.attributedBit(d.ordinal()))) {
        code |= 1 << (ATTR_SHIFT + d.ordinal());
      }
    }
    if (FindingsLayout.isSet(f, FindingsLayout.DIED_OF_ICANS_BIT)) {
      code |= DIED;
    }
    return code;
  }

  /** Whether a domain's finding is present in the code (not counting attribution). */
  static boolean assessed(int code, IcansDomain domain) {
    return (code & DOMAIN_BITS[domain.ordinal()]) != 0;
  }

  static boolean attributed(int code, IcansDomain domain) {
    return (code & (1 << (ATTR_SHIFT + domain.ordinal()))) != 0;
  }

  /** Why a code is not a valid encoding, or null when it is valid. */
  static String invalidReason(int code) {
    if ((code >>> 30) != 0) {
      return "bits 30-31 must be 0";
    }
    int enc = code & ENC_BITS;
    int encMax = (code & TOOL_CAPD) != 0 ? CAPD_UNABLE_CODE : ICE_MAX_CODE;
    if (enc > encMax) {
      return "encephalopathy value " + enc + " is above " + encMax + " for the tool";
    }
    if (((code >>> LOC_SHIFT) & 7) > 5) {
      return "consciousness value " + ((code >>> LOC_SHIFT) & 7) + " is above 5";
    }
    int motor = (code >>> MOTOR_SHIFT) & 0x1F;
    if ((motor & 1) == 0 && motor != 0) {
      return "motor findings without the motor-assessed bit";
    }
    int icp = (code >>> ICP_SHIFT) & 0x7F;
    if ((icp & 1) == 0 && icp != 0) {
      return "ICP findings without the ICP-assessed bit";
    }
    return null;
  }
}
