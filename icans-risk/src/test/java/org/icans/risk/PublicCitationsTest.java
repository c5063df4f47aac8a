package org.icans.risk;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.icans.model.evidence.Citation;
import org.icans.risk.product.ProductProfile;
import org.icans.risk.product.ProductProfiles;
import org.icans.risk.product.RiskFactor;
import org.icans.risk.warning.WarningKind;
import org.junit.jupiter.api.Test;

/** What a user reads cites public sources and docs/choices.md, never the project's own research files. */
class PublicCitationsTest {
  private static final String[] INTERNAL = {"reference/", "seed 00", "management-risk.md", "grading.md", ".txt"};

  private static void check(String text) {
    for (String internal : INTERNAL) {
      assertFalse(text.contains(internal), () -> "cites '" + internal + "': " + text);
    }
  }

  @Test
  void citationsAndTextsNameNoInternalFile() throws IllegalAccessException {
    for (Field f : RiskSources.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Citation.class) {
        Citation c = (Citation) f.get(null);
        check(c.reference() + " " + c.locator());
      }
    }
    for (RiskFactor r : RiskFactor.values()) {
      check(r.label() + " " + r.finding() + " " + r.disagreement().orElse(""));
      r.sources().forEach(c -> check(c.reference() + " " + c.locator()));
    }
    for (WarningKind w : WarningKind.values()) {
      check(w.title() + " " + w.meaning());
      w.sources().forEach(c -> check(c.reference() + " " + c.locator()));
    }
    for (ProductProfile p : ProductProfiles.all()) {
      check(p.toString());
    }
  }
}
