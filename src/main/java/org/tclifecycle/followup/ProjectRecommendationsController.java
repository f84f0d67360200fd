package org.tclifecycle.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.project.Project;
import org.tclifecycle.web.ProjectAccess;

/** The UPR recommendations a project addresses, their current status and every status change (§10-14). */
@Tag(name = "Recommendation follow-up", description = "The UPR and treaty-body recommendations a project addresses, and their implementation status")
@RestController
@Validated
class ProjectRecommendationsController {

  private final ProjectAccess access;
  private final LinkedRecommendations linked;

  ProjectRecommendationsController(ProjectAccess access, LinkedRecommendations linked) {
    this.access = access;
    this.linked = linked;
  }

  @Operation(summary = "The project's linked recommendations, each with its status history (staff, and partners of the State)")
  @GetMapping("/api/projects/{businessKey}/recommendations")
  List<LinkedRecommendations.Linked> recommendations(
      @PathVariable @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String businessKey) {
    return linked.of(access.visible(businessKey));
  }
}
