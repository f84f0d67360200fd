package org.tclifecycle.web;

import org.tclifecycle.i18n.Messages;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectRepository;

/** Finds a project the caller may see: another State's project is answered as not found, not as forbidden. */
@Component
public class ProjectAccess {

  private final ProjectRepository projects;
  private final ApiCaller caller;

  ProjectAccess(ProjectRepository projects, ApiCaller caller) {
    this.projects = projects;
    this.caller = caller;
  }

  public Project visible(String businessKey) {
    caller.requireStaffOrExternal();
    return projects.findByBusinessKey(businessKey)
        .filter(project -> caller.mayActFor(project.getCountryCode()))
        .orElseThrow(() -> ApiException.notFound(Messages.text("problem.what.project", businessKey)));
  }
}
