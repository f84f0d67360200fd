package org.tclifecycle.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Completion listener of a user task backed by a Camunda Form: reads the declared fields, lets the owning
 * stage validate and store them, and turns refused input into a form validation error. Tasklist shows its
 * message and the REST API answers 400; the transaction rolls back, so nothing is written.
 */
public abstract class FormTaskListener implements TaskListener {

  /** The Camunda Form ({@code formRef}) whose fields this listener reads. */
  public abstract String formId();

  /** Every form field this listener reads; model tests check each against the form. */
  public abstract Set<String> fieldsRead();

  protected abstract void complete(DelegateTask task, FormValues values);

  /** Called when the listener is also registered for the task's create event: put values the form shows. */
  protected void prefill(DelegateTask task) {}

  /** Called when the listener is also registered for the task's assignment event. */
  protected void assigned(DelegateTask task) {}

  @Override
  public final void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      prefill(task);
      return;
    }
    if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
      assigned(task);
      return;
    }
    try {
      complete(task, new FormValues(task, fieldsRead()));
    } catch (InvalidInputException e) {
      throw new RefusedFormInput(e, formId());
    }
  }

  /** Puts the options of a checklist, select or tag list ({@code valuesKey}) on the task, in the given order. */
  protected static void offer(DelegateTask task, String variable, Map<String, String> labelsByValue) {
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach((value, label) -> options.add(Map.of("label", label, "value", value)));
    task.setVariableLocal(variable, SpinValues.jsonValue(Spin.JSON(options)).create());
  }

  /** The user completing the task: the authenticated user, or the assignee for calls without one. */
  protected static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }
}
