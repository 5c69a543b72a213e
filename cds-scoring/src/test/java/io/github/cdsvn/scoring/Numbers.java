package io.github.cdsvn.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/** Every number of a scorecard, as raw bits, in a stable order: for comparisons bit for bit. */
final class Numbers {
  private Numbers() {}

  static List<Long> of(Scorecard card) {
    List<Long> bits = new ArrayList<>();
    for (TargetResult r : card.targets()) {
      bits.addAll(of(r));
    }
    for (IndexScore p : card.pillars()) {
      bits.addAll(of(p));
    }
    bits.addAll(of(card.composite()));
    return bits;
  }

  static List<Long> of(TargetResult r) {
    List<Long> bits = new ArrayList<>();
    add(bits, r.attainment());
    add(bits, r.value());
    bits.add(Double.doubleToRawLongBits(r.weight()));
    r.trajectory().ifPresent(t -> {
      add(bits, t.ratio());
      add(bits, t.observedRate());
      add(bits, t.requiredRate());
      t.projection().ifPresent(p -> bits.add(Double.doubleToRawLongBits(p.value())));
    });
    r.explanation().inputs().forEach(i -> bits.add(Double.doubleToRawLongBits(i.value())));
    return bits;
  }

  static List<Long> of(IndexScore s) {
    List<Long> bits = new ArrayList<>();
    add(bits, s.score());
    bits.add(Double.doubleToRawLongBits(s.coverage()));
    bits.add(Double.doubleToRawLongBits(s.threshold()));
    return bits;
  }

  private static void add(List<Long> bits, OptionalDouble d) {
    bits.add(d.isPresent() ? Double.doubleToRawLongBits(d.getAsDouble()) : Long.MIN_VALUE + 1);
  }
}
