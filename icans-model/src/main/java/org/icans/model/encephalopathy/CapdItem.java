package org.icans.model.encephalopathy;

/**
 * The eight items of the Cornell Assessment of Pediatric Delirium (CAPD), in the instrument's
 * order.
 *
 * <p>Items 1-4 describe healthy behaviour and are <em>reverse-scored</em> (never 4 ... always 0);
 * items 5-8 describe delirious behaviour and score as answered (never 0 ... always 4). Sources:
 * Traube C et al., Crit Care Med 2014;42:656-663 (item names, cut point 9); Children's Hospital of
 * Philadelphia CAPD form (scoring direction); reference/grading.md section 3.
 */
public enum CapdItem {
  /** 1. Does the child make eye contact with the caregiver? (reverse-scored) */
  EYE_CONTACT(true),
  /** 2. Are the child's actions purposeful? (reverse-scored) */
  PURPOSEFUL_ACTIONS(true),
  /** 3. Is the child aware of his/her surroundings? (reverse-scored) */
  AWARE_OF_SURROUNDINGS(true),
  /** 4. Does the child communicate needs and wants? (reverse-scored) */
  COMMUNICATES_NEEDS(true),
  /** 5. Is the child restless? */
  RESTLESS(false),
  /** 6. Is the child inconsolable? */
  INCONSOLABLE(false),
  /** 7. Is the child underactive (very little movement while awake)? */
  UNDERACTIVE(false),
  /** 8. Does it take the child a long time to respond to interactions? */
  SLOW_TO_RESPOND(false);

  private final boolean reverseScored;

  CapdItem(boolean reverseScored) {
    this.reverseScored = reverseScored;
  }

  /** Whether the item describes healthy behaviour, so that "never" earns the most points. */
  public boolean reverseScored() {
    return reverseScored;
  }

  /** The points, 0-4, that an answer to this item adds to the CAPD total. */
  public int points(CapdAnswer answer) {
    return reverseScored ? 4 - answer.code() : answer.code();
  }
}
