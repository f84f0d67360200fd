package org.tclifecycle.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Time to ready and resident memory of the product against a bare Camunda starter application, median of three starts. */
final class FootprintRun {

  private final Report report;
  private final Path jar;
  private final Path bareJar;
  private final Path work;
  private final List<String> productArguments;

  FootprintRun(Report report, Path jar, Path bareJar, Path work, List<String> productArguments) {
    this.report = report;
    this.jar = jar;
    this.bareJar = bareJar;
    this.work = work;
    this.productArguments = productArguments;
  }

  void measure() throws Exception {
    List<double[]> product = new ArrayList<>();
    List<double[]> bare = new ArrayList<>();
    for (int round = 0; round < 3; round++) {
      product.add(startAndMeasure("footprint-product-" + round, jar, productArguments, "/actuator/health"));
      bare.add(startAndMeasure("footprint-bare-" + round, bareJar, List.of(), "/engine-rest/engine"));
    }
    double productReady = median(product, 0), productRss = median(product, 1);
    double bareReady = median(bare, 0), bareRss = median(bare, 1);
    report.results.put("footprint", Map.of("productSecondsToReady", productReady, "productResidentMiB", productRss,
        "bareSecondsToReady", bareReady, "bareResidentMiB", bareRss, "residentRatio", Report.ratio(productRss, bareRss),
        "readyRatio", Report.ratio(productReady, bareReady)));
    report.row("Seconds to ready: product / bare Camunda starter", productReady + " / " + bareReady + " (" + Report.ratio(productReady, bareReady) + "x)", "");
    report.row("Resident memory, MiB: product / bare", productRss + " / " + bareRss + " (" + Report.ratio(productRss, bareRss) + "x)", "<= 1.3x");
  }

  private double[] startAndMeasure(String name, Path jarFile, List<String> arguments, String readyPath) throws Exception {
    try (AppProcess app = AppProcess.start(name, jarFile, arguments, Map.of(), readyPath, work.resolve("logs"))) {
      Thread.sleep(5000);
      return new double[] {Math.round(app.secondsToReady * 100) / 100.0, app.residentMiB()};
    }
  }

  private static double median(List<double[]> values, int index) {
    List<Double> sorted = values.stream().map(v -> v[index]).sorted().toList();
    return sorted.get(sorted.size() / 2);
  }

}
