package org.icans.cli.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When the collector's share of the time means the heap is too small to make progress. */
class MemoryGuardTest {
  @Test
  void collectingAlmostAllTheTimeIsAnExhaustedHeap() {
    assertTrue(MemoryGuard.thrashing(5000, 4750));
    assertTrue(MemoryGuard.thrashing(5000, 5000));
    assertFalse(MemoryGuard.thrashing(5000, 4749));
    assertFalse(MemoryGuard.thrashing(5000, 100));
    assertFalse(MemoryGuard.thrashing(0, 0));
  }

  @Test
  void theMessageNamesTheHeapAndTheWork() {
    MemoryGuard.working("summarize: the days of 3 rows");
    String m = MemoryGuard.message();
    long mib = Math.max(1, (Runtime.getRuntime().maxMemory() + (1 << 19)) >> 20);
    assertTrue(m.startsWith("icans: out of memory: summarize: the days of 3 rows needed more than the Java heap of "
        + mib + " MiB (-Xmx" + mib + "m); run again with a larger heap"), m);
  }
}
