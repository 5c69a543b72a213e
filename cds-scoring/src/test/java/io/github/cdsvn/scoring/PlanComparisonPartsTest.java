package io.github.cdsvn.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The comparisons and the unmatched targets of a plan against a higher one are values: equal
 * when made from the same plans, different from one another, and written with their explanation.
 */
class PlanComparisonPartsTest {
  @Test
  void comparisonsAndUnmatchedTargetsAreValues() {
    PlanComparison a = PlanComparison.of(Plans.quangBinh(), Plans.national());
    PlanComparison b = PlanComparison.of(Plans.quangBinh(), Plans.national());
    assertThat(a.comparisons()).hasSizeGreaterThan(2).isEqualTo(b.comparisons());
    assertThat(a.onlyInPlan()).isNotEmpty().isEqualTo(b.onlyInPlan());
    assertThat(a.onlyInHigher()).isEqualTo(b.onlyInHigher());
    List<PlanComparison.Comparison> all = a.comparisons();
    for (int i = 0; i < all.size(); i++) {
      PlanComparison.Comparison c = all.get(i);
      assertThat(c).isEqualTo(b.comparisons().get(i)).hasSameHashCodeAs(b.comparisons().get(i))
          .isNotEqualTo(c.explanation());
      assertThat(c.toString()).isEqualTo("Comparison{" + c.explanation().en() + "}");
      for (int j = 0; j < all.size(); j++) {
        if (j != i) {
          assertThat(c).isNotEqualTo(all.get(j));
        }
      }
    }
    List<PlanComparison.Unmatched> unmatched = a.onlyInPlan();
    for (int i = 0; i < unmatched.size(); i++) {
      PlanComparison.Unmatched u = unmatched.get(i);
      assertThat(u).isEqualTo(b.onlyInPlan().get(i)).hasSameHashCodeAs(b.onlyInPlan().get(i)).isNotEqualTo(u.target());
      assertThat(u.toString()).isEqualTo("Unmatched{" + u.target().key() + ": " + u.reason().en() + "}");
      for (int j = 0; j < unmatched.size(); j++) {
        if (j != i) {
          assertThat(u).isNotEqualTo(unmatched.get(j));
        }
      }
    }
    assertThat(a).isEqualTo(b);
  }
}
