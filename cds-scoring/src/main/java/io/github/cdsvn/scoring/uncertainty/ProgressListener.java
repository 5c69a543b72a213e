package io.github.cdsvn.scoring.uncertainty;

/**
 * Hears how far an analysis has gone, in runs of the model (one run: one configuration scored
 * for every unit, or one evaluation of a {@link Sensitivity.Model}).
 *
 * <p>An analysis calls its listener from its worker threads or from the thread that started it,
 * never from two threads at once: calls are serialised, and {@code done} strictly increases from
 * one call to the next. An analysis that finishes has made a last call with
 * {@code done == total}. A listener should return quickly, since the workers wait for it; it may
 * {@link Cancellation#cancel() cancel} the analysis. An exception thrown by the listener stops
 * the analysis and is thrown by the method that started it. Since the thread that started the
 * analysis waits for the workers, a listener must not need anything that thread holds: a lock
 * it has taken, or a class it is still initialising (an analysis started from a static
 * initialiser, with a listener that uses the class, waits forever).
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that does nothing. */
  ProgressListener NONE = (done, total) -> { };

  /**
   * Hears progress.
   *
   * @param done the runs finished so far, from 1 to {@code total}
   * @param total the runs of the whole analysis
   */
  void progress(long done, long total);
}
