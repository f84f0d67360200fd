package org.tclifecycle.web;

import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tclifecycle.identity.SystemCalls;

/**
 * The Camunda Form a request to Camunda's REST API or the webapps' engine API submits, if any: a task's
 * completion or form submission, or a process start, by id or by key. Read without authorization checks: only
 * its id is used, to name a refused field by its label; the engine checks the caller's right to submit.
 */
@Component
class SubmittedForms {

  private static final Pattern TASK = Pattern.compile(".*/task/([^/]+)/(?:submit-form|complete)$");
  private static final Pattern START = Pattern.compile(
      ".*/process-definition/(?:key/([^/]+)(?:/tenant-id/([^/]+))?|([^/]+))/(?:submit-form|start)$");

  /** A form submission; {@code formId} is empty when the task or process has no Camunda Form, or none was found. */
  record Submission(String formId) {}

  private final ObjectProvider<FormService> forms;
  private final ObjectProvider<RepositoryService> repository;
  private final ObjectProvider<SystemCalls> systemCalls;

  SubmittedForms(ObjectProvider<FormService> forms, ObjectProvider<RepositoryService> repository, ObjectProvider<SystemCalls> systemCalls) {
    this.forms = forms;
    this.repository = repository;
    this.systemCalls = systemCalls;
  }

  /** Whether the path submits a form (a task's or a start form), without looking the form up. */
  static boolean isSubmission(String path) {
    return !path.startsWith("/api/") && (TASK.matcher(path).matches() || START.matcher(path).matches());
  }

  /** The form the request path submits, or null when the path submits none (our API, a message, a profile). */
  Submission of(String path) {
    if (path.startsWith("/api/")) {
      return null;
    }
    Matcher task = TASK.matcher(path);
    if (task.matches()) {
      return new Submission(formId(() -> forms.getObject().getTaskFormData(task.group(1))));
    }
    Matcher start = START.matcher(path);
    if (start.matches()) {
      return new Submission(formId(() -> forms.getObject().getStartFormData(processDefinitionId(start))));
    }
    return null;
  }

  private String processDefinitionId(Matcher start) {
    if (start.group(3) != null) {
      return start.group(3);
    }
    ProcessDefinitionQuery query = repository.getObject().createProcessDefinitionQuery().processDefinitionKey(start.group(1)).latestVersion();
    ProcessDefinition definition = (start.group(2) == null ? query.withoutTenantId() : query.tenantIdIn(start.group(2))).singleResult();
    return definition == null ? null : definition.getId();
  }

  private String formId(Supplier<FormData> form) {
    try {
      CamundaFormRef ref = systemCalls.getObject().withoutAuthorization(() -> form.get().getCamundaFormRef());
      return ref == null || ref.getKey() == null ? "" : ref.getKey();
    } catch (RuntimeException noForm) {
      return ""; // no such task or process: the field is put in words, and the engine would have answered 404
    }
  }
}
