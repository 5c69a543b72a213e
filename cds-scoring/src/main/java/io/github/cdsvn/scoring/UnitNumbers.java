package io.github.cdsvn.scoring;

import io.github.cdsvn.core.unit.AdministrativeLevel;

/**
 * What a unit's scorecard keeps of its targets: each target's state and attainment, the level
 * it was read at, and the results built in full. The values scored are not kept: they are read
 * again when the results are made. Written by one thread while the scorecard is made, read only
 * afterwards.
 */
final class UnitNumbers {
  // a target's state: its outcome in the bits IndexNumbers.OUTCOME reads, and flags
  static final byte NOT_APPLICABLE = IndexNumbers.NOT_APPLICABLE;
  static final byte NO_DATA = 1;
  static final byte SCORED = 2;
  static final byte SCORED_MET = 3;
  static final int OUTCOME = IndexNumbers.OUTCOME;
  /** The result is built in full, in {@link #full}. */
  static final byte FULL = 4;
  /** An observation the result uses is illustrative. */
  static final byte ILLUSTRATIVE = 8;

  /** The unit scored, where the numbers were scored from a set; else {@code null}. */
  final Subject subject;
  final byte[] state;
  /** Each target's attainment, {@code NaN} where it has none. */
  final double[] attainment;
  /** The level each target is read at. */
  final AdministrativeLevel[] level;
  /** The results built in full, by target; {@code null} while there is none. */
  TargetResult[] full;
  /** Whether an observation a result uses is illustrative. */
  boolean illustrative;

  UnitNumbers(Subject subject, int n, AdministrativeLevel[] level) {
    this.subject = subject;
    this.state = new byte[n];
    this.attainment = new double[n];
    this.level = level;
  }

  /** Keeps a result built in full as target {@code t}'s. */
  void keep(int t, TargetResult r) {
    if (full == null) {
      full = new TargetResult[state.length];
    }
    full[t] = r;
    illustrative |= r.illustrative();
    state[t] = (byte) (FULL | outcome(r));
    attainment[t] = r.attainment().orElse(Double.NaN);
  }

  /** The state of a result's outcome. */
  private static byte outcome(TargetResult r) {
    switch (r.outcome()) {
      case NOT_APPLICABLE:
        return NOT_APPLICABLE;
      case NO_DATA:
        return NO_DATA;
      default:
        return r.met() ? SCORED_MET : SCORED;
    }
  }

  /** The outcome of target {@code t}. */
  TargetResult.Outcome outcome(int t) {
    switch (state[t] & OUTCOME) {
      case NOT_APPLICABLE:
        return TargetResult.Outcome.NOT_APPLICABLE;
      case NO_DATA:
        return TargetResult.Outcome.NO_DATA;
      default:
        return TargetResult.Outcome.SCORED;
    }
  }
}
