package org.tclifecycle.reporting;

import org.tclifecycle.i18n.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Pattern;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.MediaType;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ApiException;

/** The IATI 2.03 activity file OHCHR publishes (staff). */
@Tag(name = "Reports", description = "State reports, the good-practice library and the IATI activity file")
@RestController
@Validated
class IatiController {

  private final IatiExport export;
  private final ProjectRepository projects;
  private final ApiCaller caller;

  IatiController(IatiExport export, ProjectRepository projects, ApiCaller caller) {
    this.export = export;
    this.projects = projects;
    this.caller = caller;
  }

  @Operation(summary = "Projects as IATI 2.03 activities, all or filtered by State, stage or project",
      description = "Activity status and actual dates from the lifecycle, planned dates and yearly budgets from the design, the approved "
          + "funding as a commitment (transaction type 2) and reported expenditure (type 4), results with the design's indicators. "
          + "Organisation identifiers are configuration: tc.iati.organisation-id (TC_IATI_ORGANISATION_ID) and tc.iati.funder-refs.<FUND> "
          + "(TC_IATI_FUNDER_VFTC, TC_IATI_FUNDER_UPR_VF, TC_IATI_FUNDER_REGULAR_BUDGET, TC_IATI_FUNDER_BILATERAL); the demo's XX-DEMO- values are placeholders. "
          + "Narratives: what the product words (OHCHR's and the funds' names, the recipient country, the sector, SDG tags, transaction "
          + "and indicator descriptions) comes in English and French, each narrative with its xml:lang; what people typed (title, "
          + "descriptions, requesting authority, objectives, indicator titles, comments) comes once, without xml:lang, so in the "
          + "activity's default language (iati-activity/@xml:lang=\"en\"): the product does not record the language a text was typed in. "
          + "Coded values follow IATI's 2.03 codelists (Sector, Country, Language, Currency and the others the file uses).")
  @ApiResponse(responseCode = "200", description = "The activity file, written as the projects are read",
      content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string")))
  @GetMapping(value = "/api/iati/activities.xml", produces = MediaType.APPLICATION_XML_VALUE)
  void activities(
      @RequestParam(required = false) @IsoCountry String country,
      @RequestParam(required = false) ProjectStage stage,
      @RequestParam(required = false) @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String project,
      HttpServletResponse response) throws IOException {
    if (!caller.isStaff()) {
      throw ApiException.forbidden(Messages.text("problem.iati.staffOnly"));
    }
    Specification<Project> filter = (root, query, cb) -> cb.and(java.util.stream.Stream.of(
            country == null ? null : cb.equal(root.get("countryCode"), country),
            stage == null ? null : cb.equal(root.get("stage"), stage),
            project == null ? null : cb.equal(root.get("businessKey"), project))
        .filter(java.util.Objects::nonNull).toArray(Predicate[]::new));
    if (!projects.exists(filter)) {
      throw ApiException.notFound(Messages.text("problem.what.matchingProject"));
    }
    response.setContentType(MediaType.APPLICATION_XML_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setHeader("Content-Disposition", "inline; filename=\"iati-activities.xml\"");
    Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    export.write(out, filter);
    out.flush();
  }
}
