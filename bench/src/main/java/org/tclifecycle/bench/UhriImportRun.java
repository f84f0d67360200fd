package org.tclifecycle.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The UHRI import benchmark: a generated export (made-up records in the real export's shape) uploaded by a manager
 * over REST while the application's heap is sampled every 100 ms; then the same file again (every
 * record unchanged). Records per second and the peak heap used, per file size.
 */
final class UhriImportRun {

  private static final String[] COUNTRIES = {"Kenya", "Senegal", "Brazil", "Uruguay", "Bolivia (Plurinational State of)",
      "Viet Nam", "Türkiye", "Côte d'Ivoire", "United Kingdom of Great Britain and Northern Ireland", "Nepal", "Fiji", "Chile",
      "Kosovo*"};
  private static final String[] RECOMMENDING = {"Slovenia", "Chile", "Ghana", "Portugal", "Uruguay", "Fiji", "Namibia", "Denmark",
      "Japan", "Mexico", "Senegal", "Canada"};
  private static final String[] REGIONS = {"African States", "Asia-Pacific States", "Eastern European States",
      "Latin American and Caribbean States", "Western European and other States"};
  private static final String[] THEMES = {"Administration of justice & fair trial", "Detention", "Women's rights",
      "Rights of the child", "Right to education", "Right to health", "Freedom of opinion and expression", "Human rights defenders"};
  private static final String[] SDGS = {"16 - PEACE, JUSTICE AND STRONG INSTITUTIONS",
      "16.3 - Promote the rule of law at the national and international levels and ensure equal access to justice for all",
      "5 - GENDER EQUALITY", "5.1 - End all forms of discrimination against all women and girls everywhere",
      "4.1 - Ensure that all girls and boys complete free, equitable and quality primary and secondary education",
      "3.8 - Achieve universal health coverage", "16.10 - Ensure public access to information and protect fundamental freedoms"};
  /** UHRI's Body and AnnotationType carry a leading "- "; the UPR, treaty bodies and special procedures are all in one export. */
  private static final String[] BODIES = {"- UPR", "- UPR", "- UPR", "- CRC", "- CESCR", "- CEDAW", "- CCPR", "- CAT",
      "- SR on the right to food"};
  private static final String[] VERBS = {"Ratify", "Adopt", "Establish", "Ensure", "Consider", "Continue", "Strengthen", "Take"};
  private static final String SENTENCE = "further measures to ensure the effective implementation of the national action plan, "
      + "with adequate resources and the participation of civil society and the national human rights institution. ";

  private UhriImportRun() {}

  /**
   * Writes {@code records} made-up records in the real export's shape as one JSON array, streamed (the generator
   * holds one record at a time): all mechanisms, recommendations and concerns/observations, AnnotationType sometimes a
   * UUID, goal labels beside target labels, HTML markup, UPR texts opening with the paragraph number and ending with
   * the recommending States, lists for sessions, recommending States and regions, one record in 2,500 without country.
   */
  static Path generate(Path file, int records) throws IOException {
    Files.createDirectories(file.getParent());
    Random random = new Random(records);
    try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
      json.writeStartArray();
      for (int i = 0; i < records; i++) {
        String body = BODIES[random.nextInt(BODIES.length)];
        boolean upr = body.equals("- UPR");
        boolean concern = !upr && random.nextInt(3) == 0;
        json.writeStartObject();
        json.writeStringField("AnnotationId", new UUID(random.nextLong(), random.nextLong()).toString());
        json.writeStringField("AnnotationType", random.nextInt(20) == 0 ? new UUID(random.nextLong(), random.nextLong()).toString()
            : concern ? "- Concerns/Observations" : "- Recommendations");
        json.writeStringField("Body", body);
        if (i % 2500 == 1249) {
          strings(json, "Countries");
        } else {
          strings(json, "Countries", COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        json.writeStringField("DocumentId", "bench-" + (i / 200));
        json.writeStringField("Symbol", upr ? "A/HRC/99/" + (i / 200) : "CRC/C/BEN/CO/" + (i / 200));
        List<String> recommending = upr ? pick(random, RECOMMENDING, 1 + random.nextInt(random.nextInt(10) == 0 ? 8 : 2)) : List.of();
        String opening = upr ? (100 + i / 200 % 60) + "." + (1 + i % 200) + " " : (1 + i % 90) + ". ";
        String verb = concern ? "The Committee is concerned about" : VERBS[random.nextInt(VERBS.length)];
        json.writeStringField("Text", "<p>" + opening + verb + " <b>[Made-up benchmark record " + i + "]</b> "
            + SENTENCE.repeat(1 + random.nextInt(4)).replace("&", "&amp;")
            + (upr ? "(" + String.join(", ", recommending) + ");" : "") + "</p>");
        strings(json, "Themes", THEMES[random.nextInt(THEMES.length)], THEMES[random.nextInt(THEMES.length)]);
        strings(json, "AffectedPersons", "General");
        strings(json, "Sdgs", pick(random, SDGS, 1 + random.nextInt(3)).toArray(String[]::new));
        strings(json, "Regions", REGIONS[random.nextInt(REGIONS.length)]);
        json.writeStringField("PublicationDate", "2026-0" + (1 + random.nextInt(9)) + "-15T00:00:00");
        json.writeStringField("PublicationDateOnUhri", "2026-10-01T00:00:00");
        if (upr) {
          json.writeStringField("UprCycle", "4");
        } else {
          json.writeNullField("UprCycle");
        }
        strings(json, "UprSession", upr ? new String[] {"99"} : new String[0]);
        strings(json, "UprPositions", upr ? new String[] {random.nextInt(4) == 0 ? "Noted" : "Supported"} : new String[0]);
        strings(json, "UprRecommendingCountry", recommending.toArray(String[]::new));
        strings(json, "UprRecommendingRegions", upr ? new String[] {REGIONS[random.nextInt(REGIONS.length)]} : new String[0]);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    return file;
  }

  private static List<String> pick(Random random, String[] values, int count) {
    List<String> picked = new java.util.ArrayList<>();
    while (picked.size() < Math.min(count, values.length)) {
      String value = values[random.nextInt(values.length)];
      if (!picked.contains(value)) {
        picked.add(value);
      }
    }
    return picked;
  }

  private static void strings(JsonGenerator json, String field, String... values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  /** Uploads the file twice (first import, then the identical re-import), sampling the heap meanwhile. */
  static Map<String, Object> measure(AppProcess app, Path file, int records) throws Exception {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("records", records);
    result.put("fileMiB", Math.round(Files.size(file) / 1048576.0 * 10) / 10.0);
    for (String pass : List.of("first", "again")) {
      HeapSampler heap = new HeapSampler(app.baseUrl());
      Thread sampler = new Thread(heap, "heap-sampler");
      sampler.setDaemon(true);
      sampler.start();
      long start = System.nanoTime();
      HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
              URI.create(app.baseUrl() + "/api/recommendations/imports?fileName=" + file.getFileName()))
          .timeout(Duration.ofMinutes(30)).header("Authorization", basic("manager1")).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - start) / 1e9;
      heap.stop = true;
      sampler.join();
      if (response.statusCode() != 201) {
        throw new IllegalStateException("import answered " + response.statusCode() + ": " + response.body());
      }
      JsonNode summary = Api.JSON.readTree(response.body());
      result.put(pass, Map.of("seconds", Math.round(seconds * 100) / 100.0, "recordsPerSecond", Math.round(records / seconds),
          "created", summary.get("created").asInt(), "unchanged", summary.get("unchanged").asInt(),
          "skipped", summary.get("skipped").asInt(), "withoutCountry", summary.get("withoutCountry").asInt(),
          "peakHeapUsedMiB", Math.round(heap.peak.get() / 1048576.0), "heapSamples", heap.samples));
    }
    return result;
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
  }

  /** Sums {@code jvm_memory_used_bytes{area="heap"}} from the Prometheus endpoint every 100 ms and keeps the highest. */
  static final class HeapSampler implements Runnable {
    final AtomicLong peak = new AtomicLong();
    private final List<Long> series = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    volatile boolean stop;
    int samples;
    private final String base;
    private final HttpClient http = HttpClient.newHttpClient();

    HeapSampler(String base) {
      this.base = base;
    }

    /** Every sample taken, bytes, in order. */
    List<Long> series() {
      return List.copyOf(series);
    }

    @Override
    public void run() {
      while (!stop) {
        try {
          String metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/prometheus"))
              .header("Authorization", basic("monitor1")).build(), HttpResponse.BodyHandlers.ofString()).body();
          long used = metrics.lines().filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
              .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
          peak.accumulateAndGet(used, Math::max);
          series.add(used);
          samples++;
          Thread.sleep(100);
        } catch (IOException e) {
          // a sample missed while the server is busy; the next one counts
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
