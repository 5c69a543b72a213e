package io.github.cdsvn.scoring.uncertainty;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the runs of an analysis on a bounded pool: the calling thread and {@code threads − 1}
 * workers claim chunks of run indices in turn. Each run stores its result at its own index, so
 * that the results do not depend on which thread ran what. Progress is reported after each chunk,
 * under a lock, so that the listener sees {@code done} strictly increase.
 */
final class ParallelRuns {
  private static final AtomicInteger POOLS = new AtomicInteger();

  /** One run: computes and stores the result of run {@code index}. */
  @FunctionalInterface
  interface Task {
    void run(int index);
  }

  private ParallelRuns() {}

  /**
   * Runs runs {@code 0} to {@code total − 1} and returns when all have run.
   *
   * @throws java.util.concurrent.CancellationException if the cancellation is or becomes cancelled
   */
  static void execute(int total, int threads, Task task, ProgressListener listener, Cancellation cancellation) {
    if (cancellation.isCancelled()) {
      throw new CancellationException("the analysis was cancelled before it started");
    }
    int chunk = Math.max(1, Math.min(512, total / 200));
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Object lock = new Object();
    long[] done = {0};
    Runnable worker = () -> {
      try {
        while (failure.get() == null && !cancellation.isCancelled()) {
          int from = next.getAndAdd(chunk);
          if (from >= total) {
            return;
          }
          int to = Math.min(total, from + chunk);
          for (int i = from; i < to; i++) {
            if (cancellation.isCancelled() || failure.get() != null) {
              return;
            }
            task.run(i);
          }
          synchronized (lock) {
            done[0] += to - from;
            listener.progress(done[0], total);
          }
        }
      } catch (RuntimeException | Error e) {
        failure.compareAndSet(null, e);
      }
    };
    int helpers = Math.min(threads, Math.max(1, (total + chunk - 1) / chunk)) - 1;
    if (helpers <= 0) {
      worker.run();
    } else {
      int pool = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      ExecutorService executor = Executors.newFixedThreadPool(helpers, r -> {
        Thread t = new Thread(r, "cds-uncertainty-" + pool + "-" + count.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>(helpers);
        for (int i = 0; i < helpers; i++) {
          futures.add(executor.submit(worker));
        }
        worker.run();
        for (Future<?> f : futures) {
          try {
            f.get();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new CancellationException("the thread running the analysis was interrupted");
          } catch (ExecutionException e) {
            failure.compareAndSet(null, e.getCause());
          }
        }
      } finally {
        executor.shutdownNow();
      }
    }
    Throwable t = failure.get();
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
    if (cancellation.isCancelled()) {
      throw new CancellationException("the analysis was cancelled after " + done[0] + " of " + total + " runs");
    }
  }
}
