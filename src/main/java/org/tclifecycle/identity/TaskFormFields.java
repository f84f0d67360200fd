package org.tclifecycle.identity;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.task.Task;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.i18n.TaskNames;
import org.tclifecycle.input.FormComponents;

/**
 * A task completed through Camunda's REST API or Tasklist may set only the fields of its own form: a
 * designer cannot set the funding decision while completing Design project, nor an officer a manager's
 * exception. (Tasklist submits exactly the form's fields.)
 */
@Component
class TaskFormFields {

  private static final Set<String> COMPLETIONS = Set.of("CompleteTaskCmd", "SubmitTaskFormCmd");

  private final ObjectProvider<TaskService> tasks;
  private final ObjectProvider<FormService> forms;
  private final ObjectProvider<SystemCalls> systemCalls;
  private final Map<String, Set<String>> fieldsByTaskDefinition = new ConcurrentHashMap<>();

  TaskFormFields(ObjectProvider<TaskService> tasks, ObjectProvider<FormService> forms, ObjectProvider<SystemCalls> systemCalls) {
    this.tasks = tasks;
    this.forms = forms;
    this.systemCalls = systemCalls;
  }

  void checkCompletion(Command<?> command) {
    if (!COMPLETIONS.contains(command.getClass().getSimpleName())) {
      return;
    }
    String taskId = (String) read(command, "taskId");
    Object submitted = read(command, "variables");
    if (submitted == null) {
      submitted = read(command, "properties");
    }
    if (!(submitted instanceof Map<?, ?> variables) || variables.isEmpty() || taskId == null) {
      return;
    }
    // by id, without the task query's authorization join (8 % of a submission's samples went to it, bench/profile);
    // whether the caller may see the task is asked only before a refusal, which names the task
    Task task = systemCalls.getObject().withoutAuthorization(() -> Context.getCommandContext().getTaskManager().findTaskById(taskId));
    if (task == null) {
      return; // the command itself answers: not found, or completed meanwhile (409)
    }
    Set<String> fields = fieldsByTaskDefinition.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
        definition -> fieldsOf(taskId));
    Set<String> foreign = new TreeSet<>();
    variables.keySet().forEach(name -> {
      if (!fields.contains(String.valueOf(name))) {
        foreign.add(String.valueOf(name));
      }
    });
    if (!foreign.isEmpty() && tasks.getObject().createTaskQuery().taskId(taskId).count() > 0) {
      Locale language = Languages.current();
      throw new EngineClientGuard.Refused(Messages.text(language, "refusal.foreignFields",
          TaskNames.translate(task.getTaskDefinitionKey(), task.getName(), language), String.join(", ", foreign), foreign.size()));
    }
  }

  /**
   * Read without authorization checks: the fields are kept per definition, whoever asks first (the caller's right is
   * checked apart). Only a task without a deployed Camunda Form has none; any other failure (the database out of
   * reach) fails this completion and is not kept.
   */
  private Set<String> fieldsOf(String taskId) {
    InputStream deployed;
    try {
      deployed = systemCalls.getObject().withoutAuthorization(() -> forms.getObject().getDeployedTaskForm(taskId));
    } catch (BadUserRequestException noCamundaForm) { // none set, or its resource not deployed (NotFoundException)
      return Set.of();
    }
    try (InputStream form = deployed) {
      Set<String> keys = new TreeSet<>();
      FormComponents.of(FormComponents.read(form)).forEach(component -> FormComponents.submittedVariable(component).ifPresent(keys::add));
      return Set.copyOf(keys);
    } catch (java.io.IOException unreadable) {
      throw new java.io.UncheckedIOException(unreadable);
    }
  }

  private static Object read(Object command, String name) {
    for (Class<?> c = command.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      try {
        Field field = c.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(command);
      } catch (NoSuchFieldException notHere) {
        // look in the superclass
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }
}
