package org.tclifecycle.recommendation;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and checks an export's records on a thread of its own, a batch ahead of the caller, who writes the batch
 * before while this one is read: reading and checking a record costs about as much as writing it, and the two
 * then overlap instead of adding up. At most two batches wait, so memory stays bounded whatever the file's size.
 */
final class CheckedBatches implements AutoCloseable {

  /** Records of the file in order, the problems found in them, and how many records this batch read. */
  record Batch(List<UhriRecord> records, List<ImportError> problems, int read) {}

  private static final Batch END = new Batch(List.of(), List.of(), 0);

  private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
  private final UhriReader reader;
  private final UhriRecordParser parser;
  private final int size;
  private final Thread thread;
  /** Read by the caller once {@link #next} has returned null or thrown: the queue orders it after the writes. */
  private final UhriRecordParser.Tally tally = new UhriRecordParser.Tally();
  private Throwable failure;
  private long checkingNanos;

  CheckedBatches(UhriReader reader, UhriRecordParser parser, int size) {
    this.reader = reader;
    this.parser = parser;
    this.size = size;
    this.thread = new Thread(this::readAll, "uhri-import-reader");
    thread.setDaemon(true);
    thread.start();
  }

  /** The next batch, or null after the last one; throws what reading the file threw. */
  Batch next() throws IOException, UhriReader.MalformedExport {
    Batch batch;
    try {
      batch = ready.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the import was interrupted", e);
    }
    if (batch != END) {
      return batch;
    }
    if (failure instanceof IOException io) {
      throw io;
    }
    if (failure instanceof UhriReader.MalformedExport malformed) {
      throw malformed;
    }
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return null;
  }

  UhriRecordParser.Tally tally() {
    return tally;
  }

  long checkingMillis() {
    return checkingNanos / 1_000_000;
  }

  private void readAll() {
    try {
      List<UhriRecord> records = new ArrayList<>(size);
      List<ImportError> problems = new ArrayList<>();
      int read = 0;
      long start = System.nanoTime();
      for (RawRecord raw = reader.next(); raw != null; raw = reader.next()) {
        read++;
        UhriRecord record = parser.parse(raw, problems, tally);
        if (record != null) {
          records.add(record);
        }
        if (records.size() == size) {
          checkingNanos += System.nanoTime() - start;
          ready.put(new Batch(records, problems, read));
          start = System.nanoTime();
          records = new ArrayList<>(size);
          problems = new ArrayList<>();
          read = 0;
        }
      }
      checkingNanos += System.nanoTime() - start;
      if (read > 0) {
        ready.put(new Batch(records, problems, read));
      }
    } catch (InterruptedException e) {
      return; // the caller stopped reading (it failed, or the transaction did): nobody waits for the end
    } catch (Exception | Error e) {
      failure = e;
    }
    try {
      ready.put(END);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Stops reading if the caller stops early, and waits for the reading thread: nothing reads the request after it. */
  @Override
  public void close() {
    thread.interrupt();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
