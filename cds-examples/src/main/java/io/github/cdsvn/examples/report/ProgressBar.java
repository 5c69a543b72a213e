package io.github.cdsvn.examples.report;

import io.github.cdsvn.scoring.uncertainty.ProgressListener;
import java.io.PrintStream;

/**
 * A progress bar for a terminal: "{@code Monte Carlo [##########----------]  50% 1000/2000}",
 * redrawn in place whenever the percentage changes, ended by a new line when the work is done.
 * Analyses call it from one thread at a time (see {@link ProgressListener}); it keeps the last
 * percentage drawn.
 */
public final class ProgressBar implements ProgressListener {
  private static final int WIDTH = 30;
  private final String title;
  private final PrintStream out;
  private int drawn = -1;

  private ProgressBar(String title, PrintStream out) {
    this.title = title;
    this.out = out;
  }

  /**
   * Returns a bar that draws on a stream, usually {@code System.err}.
   *
   * @param title what is under way
   * @param out where to draw
   * @return the bar
   */
  public static ProgressBar on(String title, PrintStream out) {
    return new ProgressBar(title, out);
  }

  @Override
  public synchronized void progress(long done, long total) {
    int percent = (int) (100 * done / total);
    if (percent == drawn) {
      return;
    }
    drawn = percent;
    int filled = (int) (WIDTH * done / total);
    out.print("\r" + title + " [" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] "
        + String.format("%3d%% %d/%d", percent, done, total));
    if (done == total) {
      out.println();
    }
    out.flush();
  }
}
