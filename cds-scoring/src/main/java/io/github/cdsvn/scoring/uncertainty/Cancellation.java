package io.github.cdsvn.scoring.uncertainty;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A request to stop an analysis, which any thread may make: give the token to the analysis when
 * starting it, and call {@link #cancel()} from anywhere, a {@link ProgressListener} included.
 *
 * <p>An analysis checks the token before every run. Once it sees the token cancelled it stops
 * starting runs, waits for the runs under way, and throws
 * {@link java.util.concurrent.CancellationException}; it never returns a partial result. A token
 * cancelled before the analysis starts, or while it ends, has the same effect. Cancelling cannot
 * be undone: use a new token for a new analysis. Thread-safe.
 */
public final class Cancellation {
  private final AtomicBoolean cancelled = new AtomicBoolean();

  private Cancellation() {}

  /**
   * Returns a new token, not cancelled.
   *
   * @return the token
   */
  public static Cancellation create() {
    return new Cancellation();
  }

  /** Asks the analyses holding this token to stop. Calling it again does nothing more. */
  public void cancel() {
    cancelled.set(true);
  }

  /**
   * Tells whether the token was cancelled.
   *
   * @return {@code true} once {@link #cancel()} was called
   */
  public boolean isCancelled() {
    return cancelled.get();
  }

  @Override
  public String toString() {
    return isCancelled() ? "Cancellation{cancelled}" : "Cancellation{not cancelled}";
  }
}
