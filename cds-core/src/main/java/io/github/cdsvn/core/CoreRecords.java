package io.github.cdsvn.core;

/**
 * The records behind {@link io.github.cdsvn.core.Label} and {@link io.github.cdsvn.core.InvalidDataException.Problem}:
 * each checks its texts when made, and only the interfaces' factories make them.
 */
final class CoreRecords {
  private CoreRecords() {}

  record Label(String vi, String en) implements io.github.cdsvn.core.Label {
    Label {
      InvalidValueException.requireNonBlank("Label.vi", vi);
      InvalidValueException.requireNonBlank("Label.en", en);
    }

    @Override
    public String toString() {
      return vi + " / " + en;
    }
  }

  record Problem(String location, String message) implements io.github.cdsvn.core.InvalidDataException.Problem {
    Problem {
      InvalidValueException.requireNonBlank("Problem.location", location);
      InvalidValueException.requireNonBlank("Problem.message", message);
    }

    @Override
    public String toString() {
      return location + ": " + message;
    }
  }
}
