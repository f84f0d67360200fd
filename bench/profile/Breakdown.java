import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the product's time goes, from flight recordings of the benchmark (bench/run --profile=...): the stack samples
 * (jdk.ExecutionSample) of the product's and the floor's runs, each sample put in the bucket of the first frame from
 * the top of its stack that matches a bucket's pattern (the JDK's and the database driver's frames are skipped, so
 * SQL counts for whoever issued it). Prints Markdown tables: samples per lifecycle by bucket, product against floor,
 * for the whole application and for the requests of one kind.
 *
 * <p>Run: {@code java bench/profile/Breakdown.java PRODUCT.jfr FLOOR.jfr LIFECYCLES [top]}
 */
public class Breakdown {

  static final String ENGINE_SQL_NAME = "engine SQL (MyBatis: runtime and history rows, queries)";

  /** Buckets in the order frames are tested: the first pattern a frame matches names its bucket. */
  static final List<Map.Entry<String, Pattern>> BUCKETS = List.of(
      bucket("database commit", "com\\.zaxxer\\.hikari\\.pool\\.ProxyConnection\\.commit$|org\\.hibernate\\.resource\\.jdbc\\..*\\.commit$"),
      bucket("validation (Bean Validation, form input parsing)", "org\\.hibernate\\.validator\\.|jakarta\\.validation\\.|org\\.tclifecycle\\.input\\."),
      bucket("JSON (Jackson, Spin, REST DTOs)", "com\\.fasterxml\\.jackson\\.|org\\.camunda\\.spin\\.|org\\.camunda\\.bpm\\.engine\\.rest\\.dto\\."),
      bucket("domain writes and reads (JPA/Hibernate, Spring JDBC)", "org\\.hibernate\\.|jakarta\\.persistence\\.|org\\.springframework\\.orm\\."
          + "|org\\.springframework\\.data\\.|org\\.springframework\\.jdbc\\.core\\."),
      bucket("logging", "org\\.slf4j\\.|ch\\.qos\\.logback\\.|org\\.apache\\.logging\\."),
      bucket("authentication (HTTP Basic: password, groups)", "org\\.camunda\\.bpm\\.engine\\.impl\\.digest\\.|org\\.camunda\\.bpm\\.engine\\.rest\\.security\\."
          + "|org\\.camunda\\.bpm\\.engine\\.impl\\.identity\\.|\\.identity\\.db\\.|org\\.springframework\\.security\\.|org\\.tclifecycle\\.identity\\."),
      bucket("authorization checks", "AuthorizationManager|\\.AuthorizationCheck|\\.auth\\.|AuthorizationEntity|CompositePermissionCheck|PermissionCheck"),
      bucket("history writing", "org\\.camunda\\.bpm\\.engine\\.impl\\.history\\.|org\\.tclifecycle\\.operations\\.LeanHistory|HistoryEvent|\\.Historic"),
      bucket("DMN decisions", "org\\.camunda\\.bpm\\.dmn\\.|org\\.camunda\\.feel\\.|org\\.camunda\\.bpm\\.engine\\.impl\\.dmn\\."),
      bucket("our listeners and services (org.tclifecycle)", "org\\.tclifecycle\\."),
      bucket(ENGINE_SQL_NAME, "org\\.apache\\.ibatis\\.|org\\.camunda\\.bpm\\.engine\\.impl\\.db\\."),
      bucket("asynchronous steps (job executor, jobs)", "org\\.camunda\\.bpm\\.engine\\.impl\\.jobexecutor\\."),
      bucket("engine core (BPMN execution, commands, expressions)", "org\\.camunda\\.bpm\\.|org\\.camunda\\.commons\\."),
      bucket("HTTP, REST, Spring (Tomcat, Jersey, Spring MVC, filters)", "org\\.apache\\.catalina\\.|org\\.apache\\.coyote\\.|org\\.apache\\.tomcat\\."
          + "|org\\.glassfish\\.|jakarta\\.servlet\\.|jakarta\\.ws\\.|org\\.springframework\\."));

  /**
   * Frames skipped: the JDK's, the connection pool's and the database's own, and Spring's data source proxy the engine's
   * connections go through (SQL counts for whoever issued it).
   */
  static final Pattern TRANSPARENT = Pattern.compile("^(java\\.|javax\\.|jdk\\.|sun\\.|com\\.sun\\.|org\\.h2\\.|org\\.postgresql\\.|com\\.zaxxer\\."
      + "|org\\.springframework\\.jdbc\\.datasource\\.|\\$Proxy"
      + "|net\\.bytebuddy\\.|org\\.aopalliance\\.|kotlin\\.|scala\\.)");

  /** Request kinds by a frame of their stack (a sample outside a request's resource counts as "other"). */
  static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("submit-form", Pattern.compile("org\\.camunda\\.bpm\\.engine\\.rest\\.sub\\.task\\.impl\\.TaskResourceImpl\\.submit$"));
    KINDS.put("claim", Pattern.compile("org\\.camunda\\.bpm\\.engine\\.rest\\.sub\\.task\\.impl\\.TaskResourceImpl\\.claim$"));
    KINDS.put("find-task", Pattern.compile("org\\.camunda\\.bpm\\.engine\\.rest\\.impl\\.TaskRestServiceImpl\\.getTasks$"));
    KINDS.put("job executor", Pattern.compile("org\\.camunda\\.bpm\\.engine\\.impl\\.jobexecutor\\.ExecuteJobsRunnable\\.run$"));
    KINDS.put("/api (our REST API)", Pattern.compile("^org\\.tclifecycle\\..*(Controller|Api|Resource)\\."));
    KINDS.put("all HTTP requests", Pattern.compile("^org\\.apache\\.catalina\\.core\\.ApplicationFilterChain\\.doFilter$"));
  }

  static Map.Entry<String, Pattern> bucket(String name, String pattern) {
    return Map.entry(name, Pattern.compile(pattern));
  }

  record Sample(List<String> frames) {}

  public static void main(String[] args) throws IOException {
    List<Sample> product = samples(Path.of(args[0]));
    List<Sample> floor = samples(Path.of(args[1]));
    double lifecycles = Double.parseDouble(args[2]);
    int top = args.length > 3 ? Integer.parseInt(args[3]) : 25;
    System.out.printf("Samples: product %d, floor %d (one every 10 ms of a thread running Java), %d lifecycles each%n%n", product.size(), floor.size(),
        (long) lifecycles);
    System.out.println("### Requests of each kind: samples per lifecycle (inclusive)\n");
    System.out.println("| Kind | Product | Floor | Gap | Share of the gap |\n|---|---|---|---|---|");
    double gap = (product.size() - floor.size()) / lifecycles;
    for (String kind : KINDS.keySet()) {
      double p = of(product, kind).size() / lifecycles;
      double f = of(floor, kind).size() / lifecycles;
      System.out.printf("| %s | %.1f | %.1f | %.1f | %.0f %% |%n", kind, p, f, p - f, 100 * (p - f) / gap);
    }
    System.out.printf("| all samples | %.1f | %.1f | %.1f | 100 %% |%n%n", product.size() / lifecycles, floor.size() / lifecycles, gap);
    table("All samples of the application", product, floor, lifecycles);
    table("submit-form (samples whose stack runs through TaskResourceImpl.submit)", of(product, "submit-form"), of(floor, "submit-form"), lifecycles);
    table("Job executor", of(product, "job executor"), of(floor, "job executor"), lifecycles);
    engineSql(product, floor, lifecycles);
    inclusive("Our code (org.tclifecycle), inclusive, in all samples of the product", product, lifecycles, top, "org.tclifecycle.");
    leaves("Top frames of the product's samples (first frame outside the JDK and the database driver)", product, lifecycles, top);
  }

  static List<Sample> of(List<Sample> samples, String kind) {
    Pattern pattern = KINDS.get(kind);
    return samples.stream().filter(s -> s.frames.stream().anyMatch(f -> pattern.matcher(f).find())).toList();
  }

  static void table(String title, List<Sample> product, List<Sample> floor, double lifecycles) {
    Map<String, Integer> p = byBucket(product);
    Map<String, Integer> f = byBucket(floor);
    double gap = (product.size() - floor.size()) / lifecycles;
    System.out.println("### " + title + ": samples per lifecycle by bucket\n");
    System.out.println("| Bucket | Product | Share | Floor | Gap | Share of the gap |\n|---|---|---|---|---|---|");
    for (String bucket : p.keySet()) {
      double pp = p.get(bucket) / lifecycles;
      double ff = f.getOrDefault(bucket, 0) / lifecycles;
      System.out.printf("| %s | %.1f | %.0f %% | %.1f | %.1f | %.0f %% |%n", bucket, pp, 100.0 * p.get(bucket) / product.size(), ff, pp - ff,
          gap == 0 ? 0 : 100 * (pp - ff) / gap);
    }
    System.out.printf("| total | %.1f | 100 %% | %.1f | %.1f | 100 %% |%n%n", product.size() / lifecycles, floor.size() / lifecycles, gap);
  }

  static Map<String, Integer> byBucket(List<Sample> samples) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    BUCKETS.forEach(b -> counts.put(b.getKey(), 0));
    counts.put(DATABASE_WRITER, 0);
    counts.put("other (JDK only)", 0);
    for (Sample sample : samples) {
      counts.merge(bucketOf(sample), 1, Integer::sum);
    }
    return counts;
  }

  static String bucketOf(Sample sample) {
    for (int i = 0; i < sample.frames.size(); i++) {
      String frame = sample.frames.get(i);
      for (Map.Entry<String, Pattern> bucket : BUCKETS) {
        if (bucket.getValue().matcher(frame).find() && (bucket.getKey().equals("database commit") || !TRANSPARENT.matcher(frame).find())) {
          return bucket.getKey().equals(ENGINE_SQL) ? sqlIssuer(sample.frames, i) : bucket.getKey();
        }
      }
    }
    return sample.frames.stream().anyMatch(f -> f.startsWith("org.h2.")) ? DATABASE_WRITER : "other (JDK only)";
  }

  static final String ENGINE_SQL = ENGINE_SQL_NAME;
  static final Pattern ENGINE_DB = Pattern.compile("^(org\\.apache\\.ibatis\\.|org\\.camunda\\.bpm\\.engine\\.impl\\.db\\.|org\\.camunda\\.bpm\\.engine\\.impl\\.util\\.ExceptionUtil"
      + "|org\\.camunda\\.bpm\\.engine\\.impl\\.persistence\\.AbstractManager)");

  /** The engine's SQL counts for authorization checks or history writing when their code issued it (the first frame below the SQL). */
  static String sqlIssuer(List<String> frames, int from) {
    for (int i = from; i < frames.size(); i++) {
      String frame = frames.get(i);
      if (TRANSPARENT.matcher(frame).find() || ENGINE_DB.matcher(frame).find()) {
        continue;
      }
      for (Map.Entry<String, Pattern> bucket : BUCKETS) {
        if ((bucket.getKey().startsWith("authorization") || bucket.getKey().startsWith("history")) && bucket.getValue().matcher(frame).find()) {
          return bucket.getKey();
        }
      }
      return ENGINE_SQL;
    }
    return ENGINE_SQL;
  }

  /** H2's own threads writing pages to its file: bytes written by every transaction, history rows first of all. */
  static final String DATABASE_WRITER = "database's background writing (H2's MVStore threads)";

  /** Our filters and command interceptors, which every request or command passes through: not the work of our code. */
  static final Pattern WRAPPER = Pattern.compile("^org\\.tclifecycle\\.(web\\..*\\.doFilter(Internal)?|identity\\.EngineClientRequests\\.doFilter"
      + "|identity\\.EngineClientGuard\\$Interceptor\\.execute|input\\.RefusalUnwrappingPlugin\\$1\\.execute)$");

  /** The engine's SQL split by who asked (a frame of our code under it) and by kind (the flush at the command's end, or a query). */
  static void engineSql(List<Sample> product, List<Sample> floor, double lifecycles) {
    System.out.println("### Engine SQL by who asked and by kind: samples per lifecycle\n");
    System.out.println("| Engine SQL | Product | Floor |\n|---|---|---|");
    Map<String, Integer> p = sqlKinds(product);
    Map<String, Integer> f = sqlKinds(floor);
    p.forEach((kind, n) -> System.out.printf("| %s | %.1f | %.1f |%n", kind, n / lifecycles, f.getOrDefault(kind, 0) / lifecycles));
    System.out.println();
  }

  static Map<String, Integer> sqlKinds(List<Sample> samples) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Sample sample : samples) {
      if (!bucketOf(sample).startsWith("engine SQL")) {
        continue;
      }
      String asker = sample.frames.stream().filter(f -> f.startsWith("org.tclifecycle.") && !WRAPPER.matcher(f).find()).reduce((a, b) -> b)
          .map(f -> "asked by our code (" + f.replaceFirst("^org\\.tclifecycle\\.([a-z]+)\\.([A-Za-z]+).*", "$1.$2") + ")").orElse("the engine's own");
      String kind = sample.frames.stream().anyMatch(f -> f.endsWith("DbEntityManager.flush")) ? "flush of inserts, updates, deletes" : "queries";
      counts.merge(kind + ", " + asker, 1, Integer::sum);
    }
    Map<String, Integer> sorted = new LinkedHashMap<>();
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(20).forEach(e -> sorted.put(e.getKey(), e.getValue()));
    return sorted;
  }

  /** Each method of the package counted once per sample it appears in. */
  static void inclusive(String title, List<Sample> samples, double lifecycles, int top, String prefix) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sample sample : samples) {
      sample.frames.stream().filter(f -> f.startsWith(prefix) && !WRAPPER.matcher(f).find() && !f.contains("$$Lambda")).distinct().forEach(f -> counts.merge(f, 1, Integer::sum));
    }
    System.out.println("### " + title + "\n\n| Method | Samples per lifecycle | Share |\n|---|---|---|");
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
        .forEach(e -> System.out.printf("| %s | %.1f | %.1f %% |%n", e.getKey(), e.getValue() / lifecycles, 100.0 * e.getValue() / samples.size()));
    System.out.println();
  }

  static void leaves(String title, List<Sample> samples, double lifecycles, int top) {
    Map<String, Integer> counts = new HashMap<>();
    for (Sample sample : samples) {
      String leaf = sample.frames.stream().filter(f -> !TRANSPARENT.matcher(f).find()).findFirst().orElse("(JDK only)");
      counts.merge(leaf, 1, Integer::sum);
    }
    System.out.println("### " + title + "\n\n| Frame | Samples per lifecycle | Share |\n|---|---|---|");
    counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(top)
        .forEach(e -> System.out.printf("| %s | %.1f | %.1f %% |%n", e.getKey(), e.getValue() / lifecycles, 100.0 * e.getValue() / samples.size()));
    System.out.println();
  }

  static List<Sample> samples(Path recording) throws IOException {
    List<Sample> samples = new ArrayList<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      RecordedStackTrace stack = event.getStackTrace();
      List<String> frames = new ArrayList<>(stack.getFrames().size());
      for (RecordedFrame frame : stack.getFrames()) {
        frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
      }
      samples.add(new Sample(frames));
    }
    return samples;
  }
}
