package org.tclifecycle.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.tclifecycle.i18n.LanguageVariables;

/**
 * Completion listener of a user task backed by a Camunda Form: reads the declared fields, lets the owning
 * stage validate and store them, and turns refused input into a form validation error. Tasklist shows its
 * message and the REST API answers 400; the transaction rolls back, so nothing is written.
 *
 * <p>The values a form submits belong to its task: Tasklist and {@code submit-form} write them into the
 * process instance, so once the stage has stored them (the domain records keep each round) they are moved onto
 * the task, which history does not repeat (operations.LeanHistoryEventHandler), and a later round of the same
 * form starts empty. Only the fields the process itself
 * reads ({@link #fieldsForTheProcess()}: gateway decisions, what a later task shows) stay process variables.
 */
public abstract class FormTaskListener implements TaskListener {

  /** The Camunda Form ({@code formRef}) whose fields this listener reads. */
  public abstract String formId();

  /** Every form field this listener reads; model tests check each against the form. */
  public abstract Set<String> fieldsRead();

  protected abstract void complete(DelegateTask task, FormValues values);

  /**
   * The fields that stay process variables after completion because the process reads them (a gateway's
   * decision, or what a later task shows); each is named in its process's variable class. None by default.
   */
  protected Set<String> fieldsForTheProcess() {
    return Set.of();
  }

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
    keepOnTheTask(task);
  }

  /** Moves the submitted values the process does not read from the process instance onto the task. */
  private void keepOnTheTask(DelegateTask task) {
    Set<String> forTheProcess = fieldsForTheProcess();
    for (String field : fieldsRead()) {
      if (!forTheProcess.contains(field) && !task.hasVariableLocal(field) && task.hasVariable(field)) {
        TypedValue value = task.getVariableTyped(field, false);
        task.removeVariable(field);
        task.setVariableLocal(field, value);
      }
    }
  }

  /** How the name of every variable holding a field's options ends: they are shown, not kept in history. */
  public static final String OPTIONS_SUFFIX = "Options";

  public static boolean isOptionList(String variable) {
    return variable.endsWith(OPTIONS_SUFFIX);
  }

  /** Puts the options of a checklist, select or tag list ({@code valuesKey}) on the task, in the given order. */
  protected static void offer(DelegateTask task, String variable, Map<String, String> labelsByValue) {
    task.setVariableLocal(optionList(variable), options(labelsByValue));
  }

  /** Options whose labels are the product's words: in every offered language (i18n.LanguageVariables), the values the same. */
  protected static void offer(DelegateTask task, String variable, Function<Locale, Map<String, String>> labelsByValueIn) {
    LanguageVariables.putOn(task, optionList(variable), language -> options(labelsByValueIn.apply(language)));
  }

  private static String optionList(String variable) {
    if (!isOptionList(variable)) {
      throw new IllegalArgumentException("an option list's variable must end with " + OPTIONS_SUFFIX + ": " + variable);
    }
    return variable;
  }

  private static TypedValue options(Map<String, String> labelsByValue) {
    List<Map<String, String>> options = new ArrayList<>();
    labelsByValue.forEach((value, label) -> options.add(Map.of("label", label, "value", value)));
    return SpinValues.jsonValue(Spin.JSON(options)).create();
  }

  /** The user completing the task: the authenticated user, or the assignee for calls without one. */
  protected static String actor(DelegateTask task) {
    Authentication authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return authentication != null ? authentication.getUserId() : task.getAssignee();
  }
}
