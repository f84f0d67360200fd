package org.tclifecycle.followup;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.project.CooperationRequest;
import org.tclifecycle.project.Project;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;
import org.tclifecycle.web.ProjectAccess;

/** A partner (an NHRI, civil society, the State) reports the implementation status of a UPR recommendation (§10-14, §16). */
@Tag(name = "Recommendation follow-up", description = "The UPR and treaty-body recommendations a project addresses, and their implementation status")
@RestController
@RequestMapping("/api/recommendations/{recommendationId}/status")
@Validated
class RecommendationStatusController {

  record StatusReport(
      @NotBlank @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String projectKey,
      @NotNull ImplementationStatus status,
      @NotBlank @Size(max = 4000) String evidence) {}

  record StatusRecorded(String recommendationId, String projectKey, ImplementationStatus status) {}

  private final ProjectAccess access;
  private final FollowUpRecords followUps;
  private final ApiCaller caller;
  private final AuditLog audit;

  RecommendationStatusController(ProjectAccess access, FollowUpRecords followUps, ApiCaller caller, AuditLog audit) {
    this.access = access;
    this.followUps = followUps;
    this.caller = caller;
    this.audit = audit;
  }

  @Operation(summary = "Report the implementation status of a recommendation a project addresses, with evidence")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Transactional
  StatusRecorded report(@PathVariable @Pattern(regexp = CooperationRequest.UHRI_ID, message = "{input.uhriId}") String recommendationId,
      @Valid @RequestBody StatusReport report) {
    Project project = access.visible(report.projectKey());
    if (!project.getRecommendationIds().contains(recommendationId)) {
      throw ApiException.notFound(Messages.text("problem.what.linkedRecommendation", recommendationId, report.projectKey()));
    }
    followUps.save(new RecommendationFollowUp(project.getId(), recommendationId, report.status(), report.evidence(), FollowUpSource.PARTNER, caller.userId()));
    audit.record(caller.userId(), "RECOMMENDATION_STATUS", report.projectKey(), recommendationId + ": " + report.status());
    return new StatusRecorded(recommendationId, report.projectKey(), report.status());
  }
}
