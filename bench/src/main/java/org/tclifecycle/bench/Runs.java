package org.tclifecycle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** How the measurements run their work: on client threads, and until the database has caught up. */
final class Runs {

  private Runs() {}

  /** Runs the work this many times on that many client threads; the wall time in seconds. */
  static double repeat(int times, int threads, Runnable work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<Future<?>> runs = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      runs.add(pool.submit(work));
    }
    for (Future<?> run : runs) {
      run.get();
    }
    pool.shutdown();
    return (System.nanoTime() - start) / 1e9;
  }

  static void awaitZero(Database database, String sql, int seconds) throws Exception {
    long giveUp = System.currentTimeMillis() + seconds * 1000L;
    while (database.count(sql) > 0) {
      if (System.currentTimeMillis() > giveUp) {
        throw new IllegalStateException("Still not zero after " + seconds + " s: " + sql);
      }
      Thread.sleep(500);
    }
  }

}
