package org.tclifecycle.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Latencies of HTTP calls by call type, in nanoseconds. */
final class Latencies {

  record Summary(long calls, double p50Millis, double p95Millis, double p99Millis) {}

  private final Map<String, List<Long>> byType = new ConcurrentHashMap<>();

  void record(String type, long nanos) {
    byType.computeIfAbsent(type, t -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
  }

  long calls() {
    return byType.values().stream().mapToLong(List::size).sum();
  }

  Map<String, Summary> summary() {
    Map<String, Summary> result = new TreeMap<>();
    byType.forEach((type, values) -> result.put(type, summarize(values)));
    return result;
  }

  static Summary summarize(List<Long> values) {
    List<Long> sorted;
    synchronized (values) {
      sorted = new ArrayList<>(values);
    }
    sorted.sort(Long::compare);
    return new Summary(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return Math.round(sorted.get(Math.max(0, index)) / 10_000.0) / 100.0;
  }
}
