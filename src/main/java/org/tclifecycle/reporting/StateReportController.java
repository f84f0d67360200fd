package org.tclifecycle.reporting;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.Documents;

/**
 * A State's report for its UPR mid-term or national report: JSON, HTML, CSV and PDF (staff, and the State's partners),
 * in English or French ({@code ?lang=fr} or Accept-Language).
 */
@Tag(name = "Reports", description = "State reports, the good-practice library and the IATI activity file")
@RestController
@RequestMapping("/api/states/{countryCode}")
@Validated
class StateReportController {

  private final StateReports reports;
  private final ApiCaller caller;

  StateReportController(StateReports reports, ApiCaller caller) {
    this.reports = reports;
    this.caller = caller;
  }

  @Operation(summary = "The State's report as JSON")
  @GetMapping(value = "/report", produces = MediaType.APPLICATION_JSON_VALUE)
  StateReport json(@PathVariable @IsoCountry String countryCode, Locale language) {
    return report(countryCode, language);
  }

  @Operation(summary = "The State's report as an HTML page")
  @GetMapping(value = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
  ResponseEntity<String> html(@PathVariable @IsoCountry String countryCode, Locale language) {
    return Documents.html("upr-follow-up-" + countryCode + ".html", new StateReportDocument(language).html(report(countryCode, language)));
  }

  @Operation(summary = "The State's report as CSV: one row per recommendation and project, repeated per indicator of the project with its "
      + "baseline, target and latest reported value")
  @GetMapping(value = "/report.csv", produces = "text/csv")
  ResponseEntity<String> csv(@PathVariable @IsoCountry String countryCode, Locale language) {
    StateReportDocument document = new StateReportDocument(language);
    return Documents.csv("upr-follow-up-" + countryCode + ".csv", document.csvHeader(), document.csvRows(report(countryCode, language)));
  }

  @Operation(summary = "The State's report as PDF")
  @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  ResponseEntity<byte[]> pdf(@PathVariable @IsoCountry String countryCode, Locale language) {
    return Documents.pdf("upr-follow-up-" + countryCode + ".pdf", new StateReportDocument(language).html(report(countryCode, language)));
  }

  private StateReport report(String countryCode, Locale language) {
    caller.requireStaffOrExternal();
    if (!caller.mayActFor(countryCode)) {
      throw ApiException.forbidden(Messages.text("problem.stateReport.otherState", String.valueOf(caller.boundStates()), countryCode));
    }
    return reports.of(countryCode, language);
  }
}
