package org.tclifecycle.portfolio;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.input.InvalidInputException;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;

/** The managers' portfolio dashboard (Cockpit): one read model, managers and administrators only. */
@RestController
@Validated
@Tag(name = "Portfolio", description = "The managers' dashboard: figures across the portfolio, as JSON and CSV; the diagram's heatmap")
class PortfolioController {

  private static final int LONGEST_PERIOD_YEARS = 20;

  private final PortfolioFigures figures;
  private final PortfolioSnapshots snapshots;
  private final ActivityHeatmap heatmap;
  private final ApiCaller caller;

  PortfolioController(PortfolioFigures figures, PortfolioSnapshots snapshots, ActivityHeatmap heatmap, ApiCaller caller) {
    this.figures = figures;
    this.snapshots = snapshots;
    this.heatmap = heatmap;
    this.caller = caller;
  }

  @Operation(summary = "The portfolio's figures (managers and administrators)", description = "Projects by stage and State, days per stage "
      + "(median, 90th percentile), requests waiting for consent, overdue tasks by group, consultations' inclusion, funds' envelopes and "
      + "overrides, recommendations' status and those no project addresses, coming deadlines. Filters: the year a request was registered, "
      + "the fund it asked for, its thematic area, its State. The figures are a snapshot at most tc.portfolio.snapshot-max-age old "
      + "(one minute by default): computedAt says when they were computed.")
  @GetMapping("/api/portfolio")
  Portfolio portfolio(@Parameter(description = "year the request was registered") @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
      @RequestParam(required = false) Fund fund, @RequestParam(required = false) ThematicArea thematicArea,
      @Parameter(description = "ISO 3166-1 alpha-2 code of the State") @RequestParam(required = false) @IsoCountry String country) {
    caller.requireManager();
    return snapshots.get(new PortfolioFilter(year, fund, thematicArea, country), figures::figures);
  }

  @Operation(summary = "One table of the portfolio as CSV (managers and administrators)", description = "table: one of the lists of GET /api/portfolio "
      + "(byStage, byState, stageDurations, consentWaiting, consentWaits, overdueByGroup, overdueTasks, consultations, participants, "
      + "envelopes, fundOverrides, recommendationStatus, unaddressedRecommendations, deadlines); the same filters as GET /api/portfolio. Cells a spreadsheet would run as a formula are made inert.")
  @GetMapping("/api/portfolio/{table}.csv")
  ResponseEntity<String> csv(@PathVariable String table,
      @RequestParam(required = false) @Min(2000) @Max(2100) Integer year, @RequestParam(required = false) Fund fund,
      @RequestParam(required = false) ThematicArea thematicArea, @RequestParam(required = false) @IsoCountry String country) {
    caller.requireManager();
    if (!PortfolioTables.NAMES.contains(table)) {
      throw ApiException.notFound(Messages.text("problem.what.portfolioTable", table, PortfolioTables.NAMES_TEXT));
    }
    Portfolio portfolio = snapshots.get(new PortfolioFilter(year, fund, thematicArea, country), figures::figures);
    return PortfolioTables.csv("portfolio-" + table + ".csv", PortfolioTables.rows(portfolio, table), PortfolioTables.rowType(table));
  }

  @Operation(summary = "The cooperation-project diagram's heatmap (managers and administrators)", description = "For each activity: "
      + "projects that entered it from the first to the last day of the period (finished projects included) and the median and "
      + "90th-percentile days spent there. Without dates, the last twelve months.")
  @GetMapping("/api/portfolio/heatmap")
  ActivityHeatmap.Heatmap heatmap(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    caller.requireManager();
    LocalDate last = to != null ? to : LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault());
    LocalDate first = from != null ? from : last.minusYears(1);
    if (first.isAfter(last)) {
      throw InvalidInputException.of("from", Messages.text("input.portfolio.fromAfterTo", last.toString()));
    }
    if (first.isBefore(last.minusYears(LONGEST_PERIOD_YEARS))) {
      throw InvalidInputException.of("from", Messages.text("input.portfolio.periodTooLong", LONGEST_PERIOD_YEARS));
    }
    return heatmap.heatmap(first, last);
  }

  @Operation(summary = "The heatmap's figures as CSV (managers and administrators)")
  @GetMapping("/api/portfolio/heatmap.csv")
  ResponseEntity<String> heatmapCsv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    ActivityHeatmap.Heatmap figures = heatmap(from, to);
    return PortfolioTables.csv("portfolio-heatmap.csv", figures.activities(), ActivityHeatmap.Activity.class);
  }
}
