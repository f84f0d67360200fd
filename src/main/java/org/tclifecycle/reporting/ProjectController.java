package org.tclifecycle.reporting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.criteria.Predicate;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tclifecycle.input.IsoCountry;
import org.tclifecycle.project.Fund;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;
import org.tclifecycle.project.ProjectStage;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.web.ApiCaller;
import org.tclifecycle.web.ProjectAccess;

/** Read side of the portfolio: one project in full, or a filtered page of projects. */
@Tag(name = "Projects", description = "Cooperation projects: list, filter and read one, with its stage and open tasks")
@RestController
@RequestMapping("/api/projects")
@Validated
class ProjectController {

  private final ProjectAccess access;
  private final ProjectViews views;
  private final ProjectRepository projects;
  private final ApiCaller caller;

  ProjectController(ProjectAccess access, ProjectViews views, ProjectRepository projects, ApiCaller caller) {
    this.access = access;
    this.views = views;
    this.projects = projects;
    this.caller = caller;
  }

  @Operation(summary = "A project: stage, consent, open tasks, consultations, linked recommendations")
  @GetMapping("/{businessKey}")
  @Transactional(readOnly = true)
  ProjectView get(@PathVariable @Pattern(regexp = Project.BUSINESS_KEY_PATTERN, message = Project.BUSINESS_KEY_MESSAGE) String businessKey) {
    return views.of(access.visible(businessKey));
  }

  @Operation(summary = "Projects, newest first, filtered by State, stage, preferred fund and thematic area")
  @GetMapping
  @Transactional(readOnly = true)
  ProjectView.Page list(@RequestParam(required = false) @IsoCountry String country,
      @RequestParam(required = false) ProjectStage stage,
      @RequestParam(required = false) Fund fund,
      @RequestParam(required = false) ThematicArea thematicArea,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
    caller.requireStaffOrExternal();
    Set<String> states = caller.isStaff() ? null : caller.boundStates();
    Specification<Project> filter = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (country != null) where.add(cb.equal(root.get("countryCode"), country));
      if (states != null) where.add(states.isEmpty() ? cb.disjunction() : root.get("countryCode").in(states));
      if (stage != null) where.add(cb.equal(root.get("stage"), stage));
      if (fund != null) where.add(cb.equal(root.get("preferredFund"), fund));
      if (thematicArea != null) where.add(cb.equal(root.get("thematicArea"), thematicArea));
      return cb.and(where.toArray(Predicate[]::new));
    };
    // a slice (one row more than the page) rather than an exact total: counting every matching project made the
    // page's time grow with the portfolio (bench/query-plans)
    var result = projects.findBy(filter, query -> query.slice(PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "id"))));
    return new ProjectView.Page(result.getContent().stream().map(ProjectView.Summary::of).toList(), page, size, result.hasNext());
  }
}
