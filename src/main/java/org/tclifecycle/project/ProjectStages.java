package org.tclifecycle.project;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Execution listener target ({@code ${projectStages...}}) that keeps the project record's stage in step with the process. */
@Component("projectStages")
public class ProjectStages {

  private final ProjectService projects;

  ProjectStages(ProjectService projects) {
    this.projects = projects;
  }

  public void enter(DelegateExecution execution, String stage) {
    projects.enterStage(ProjectVariables.projectId(execution), ProjectStage.valueOf(stage));
  }

  public void finish(DelegateExecution execution, String outcome) {
    projects.end(ProjectVariables.projectId(execution), ProjectStatus.valueOf(outcome));
  }
}
