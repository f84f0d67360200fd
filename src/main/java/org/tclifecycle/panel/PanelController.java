package org.tclifecycle.panel;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.Documents;

/** The thematic panel over the API: contributors submit their contributions, staff read the panel and its report. */
@Tag(name = "Thematic panel", description = "Contributions to the annual thematic panel and its report (§3-4)")
@RestController
@RequestMapping("/api/panels/{panelId}")
class PanelController {

  record ContributionBody(@NotBlank @Size(max = 20000) String text) {}

  record ContributionAccepted(Long contributionId, boolean late) {}

  record ContributionView(String contributor, ContributorKind kind, ContributionStatus status, LocalDate dueOn, Instant receivedAt,
      boolean late, PanelContribution.Channel channel, int reminders) {}

  record PanelView(Long id, String theme, ThematicArea thematicArea, int sessionNumber, LocalDate sessionStarts, LocalDate sessionEnds,
      LocalDate contributionsDue, LocalDate submissionDue, LocalDate submittedOn, String reportSymbol, LocalDate heldOn,
      String summary, String lessons, Integer reportVersion, List<ContributionView> contributions) {}

  private final Panels panels;
  private final PanelContributorRepository contributors;
  private final PanelContributionRepository contributions;
  private final PanelReportRepository reports;
  private final RuntimeService runtimeService;
  private final ApiCaller caller;
  private final ContributorMail mail;

  PanelController(Panels panels, PanelContributorRepository contributors, PanelContributionRepository contributions,
      PanelReportRepository reports, RuntimeService runtimeService, ApiCaller caller, ContributorMail mail) {
    this.panels = panels;
    this.contributors = contributors;
    this.contributions = contributions;
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.caller = caller;
    this.mail = mail;
  }

  @Operation(summary = "A contributor submits its contribution to the panel; after the due date it is kept and marked late")
  @PostMapping("/contributions")
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  ResponseEntity<ContributionAccepted> contribute(@PathVariable Long panelId, @Valid @RequestBody ContributionBody body) {
    if (!caller.isContributor()) {
      throw ApiException.forbidden(Messages.text("problem.panel.contributorsOnly"));
    }
    PanelContribution contribution = contributors.findByAccount(caller.userId())
        .flatMap(contributor -> contributions.findByPanelIdAndContributorId(panelId, contributor.getId()))
        .orElseThrow(() -> ApiException.notFound(Messages.text("problem.what.contributionRequest", caller.userId(), String.valueOf(panelId))));
    if (contribution.getStatus() == ContributionStatus.RECEIVED) {
      throw ApiException.conflict(Messages.text("problem.panel.alreadyReceived", contribution.getContributor().getName(),
          String.valueOf(panelId), String.valueOf(contribution.getReceivedAt())));
    }
    boolean awaited = contribution.getStatus() == ContributionStatus.REQUESTED;
    contribution.received(body.text().strip(), PanelContribution.Channel.API, caller.userId(), Instant.now());
    mail.received(contribution);
    if (awaited) {
      String message = PanelVariables.CONTRIBUTION_RECEIVED + contribution.getId();
      String instance = panels.get(panelId).getProcessInstanceId();
      caller.asSystem(() -> runtimeService.createMessageCorrelation(message).processInstanceId(instance).correlateAllWithResult());
    }
    return ResponseEntity.created(URI.create("/api/panels/" + panelId)).body(new ContributionAccepted(contribution.getId(), contribution.isLate()));
  }

  @Operation(summary = "A panel: theme, session, deadlines, contributions and their status, report version, outcome (staff)")
  @GetMapping
  @Transactional(readOnly = true)
  PanelView get(@PathVariable Long panelId) {
    requireStaff();
    ThematicPanel panel = panels.find(panelId).orElseThrow(() -> ApiException.notFound(Messages.text("problem.what.panel", String.valueOf(panelId))));
    return new PanelView(panel.getId(), panel.getTheme(), panel.getThematicArea(), panel.getSessionNumber(), panel.getSessionStarts(),
        panel.getSessionEnds(), panel.getContributionsDue(), panel.getSubmissionDue(), panel.getSubmittedOn(), panel.getReportSymbol(),
        panel.getHeldOn(), panel.getSummary(), panel.getLessons(),
        reports.findFirstByPanelIdOrderByVersionDesc(panelId).map(PanelReport::getVersion).orElse(null),
        contributions.findByPanelIdOrderByIdAsc(panelId).stream().map(c -> new ContributionView(c.getContributor().getName(),
            c.getContributor().getKind(), c.getStatus(), c.getDueOn(), c.getReceivedAt(), c.isLate(), c.getChannel(), c.getReminders())).toList());
  }

  @Operation(summary = "The latest draft of the panel's report, as HTML, in English or French (?lang=fr or Accept-Language; staff)")
  @GetMapping(value = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<String> html(@PathVariable Long panelId, Locale language) {
    return Documents.html("panel-" + panelId + "-report.html", latest(panelId).getHtml(language));
  }

  @Operation(summary = "The latest draft of the panel's report, as PDF, in English or French (?lang=fr or Accept-Language; staff)")
  @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
  @Transactional(readOnly = true)
  ResponseEntity<byte[]> pdf(@PathVariable Long panelId, Locale language) {
    PanelReport report = latest(panelId);
    return Documents.pdf("panel-" + panelId + "-report-v" + report.getVersion() + ".pdf", report.getHtml(language));
  }

  private PanelReport latest(Long panelId) {
    requireStaff();
    return reports.findFirstByPanelIdOrderByVersionDesc(panelId)
        .orElseThrow(() -> ApiException.notFound(Messages.text("problem.what.panelReport", String.valueOf(panelId))));
  }

  private void requireStaff() {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.panel.staffOnly"));
    }
  }
}
