package org.tclifecycle.funding;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ProjectVariables;

/** Refuses to assign the funding decision to the project's designer, so the designer cannot even claim it. */
@Component("fourEyes")
class FourEyes implements TaskListener {

  private final ProjectService projects;

  FourEyes(ProjectService projects) {
    this.projects = projects;
  }

  @Override
  public void notify(DelegateTask task) {
    projects.requireNotDesigner(ProjectVariables.projectId(task), task.getAssignee());
  }
}
