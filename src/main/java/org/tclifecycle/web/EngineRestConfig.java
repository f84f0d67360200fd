package org.tclifecycle.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.i18n.TaskNames;
import org.tclifecycle.identity.SystemCalls;
import org.tclifecycle.input.RefusedFormInput;

/**
 * Camunda's REST API answers two people completing the same task with a 500. This configuration of its
 * Jersey application (it replaces the starter's) answers the one who came second with 409 and says why.
 */
@Component
class EngineRestConfig extends CamundaJerseyResourceConfig {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EngineRestConfig.class);
  private static final Pattern TASK_ACTION = Pattern.compile("task/([^/]+)/(complete|submit-form|claim|resolve)$");

  private final ObjectProvider<HistoryService> historyService;
  private final ObjectProvider<TaskService> taskService;
  private final ObjectProvider<RepositoryService> repositoryService;
  private final ObjectProvider<IdentityService> identityService;
  private final ObjectProvider<SystemCalls> systemCalls;

  EngineRestConfig(ObjectProvider<HistoryService> historyService, ObjectProvider<TaskService> taskService,
      ObjectProvider<RepositoryService> repositoryService, ObjectProvider<IdentityService> identityService,
      ObjectProvider<SystemCalls> systemCalls) {
    this.historyService = historyService;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.identityService = identityService;
    this.systemCalls = systemCalls;
  }

  @Override
  protected void registerAdditionalResources() {
    TaskConflicts conflicts = new TaskConflicts(historyService, taskService, repositoryService, identityService, systemCalls);
    register(new ConflictOnFailure(conflicts));
    register(new ConflictOnRefusal(conflicts));
    register(new ConflictOnEngineError(conflicts));
    register(ConcurrentChange.class);
    register(OutageBehindEngineFailure.class);
  }

  /** The database out of reach (or no connection free in time): 503 with a Retry-After, as {@link DatabaseOutage} answers. */
  static Response unavailable(Throwable failure) {
    LOG.warn("Answered 503: the database is out of reach", failure);
    return Response.status(Response.Status.SERVICE_UNAVAILABLE).type("application/problem+json")
        .header("Retry-After", DatabaseOutage.RETRY_AFTER_SECONDS).entity(DatabaseOutage.problem(Languages.current())).build();
  }

  /** Completing, claiming or resolving a task that someone else has just completed or changed. */
  static final class TaskConflicts {

    private final ObjectProvider<HistoryService> historyService;
    private final ObjectProvider<TaskService> taskService;
    private final ObjectProvider<RepositoryService> repositoryService;
    private final ObjectProvider<IdentityService> identityService;
    private final ObjectProvider<SystemCalls> systemCalls;

    TaskConflicts(ObjectProvider<HistoryService> historyService, ObjectProvider<TaskService> taskService,
        ObjectProvider<RepositoryService> repositoryService, ObjectProvider<IdentityService> identityService,
        ObjectProvider<SystemCalls> systemCalls) {
      this.historyService = historyService;
      this.taskService = taskService;
      this.repositoryService = repositoryService;
      this.identityService = identityService;
      this.systemCalls = systemCalls;
    }

    /** The task the request acts on, or null when it is not a task action. */
    static String taskActedOn(UriInfo uri) {
      Matcher taskAction = TASK_ACTION.matcher(uri == null ? "" : uri.getPath());
      return taskAction.find() ? taskAction.group(1) : null;
    }

    /**
     * 409 naming the task and who completed it when it was completed meanwhile and the caller could have worked it (one
     * of its candidate groups) or may read its history; 404 when no such task exists, or when the caller may not see it
     * (open) nor could have worked it or read its history (completed): the same answer, so that nobody learns which ids
     * are tasks by trying them (ids are short numbers). Null, and Camunda's answer, for an open task the caller sees.
     */
    Response alreadyDone(String taskId) {
      if (taskId == null) {
        return null;
      }
      // the caller may be refused any engine query (an API account): the lookup is the API's own
      HistoricTaskInstance done = systemCalls.getObject().withoutAuthorization(() -> historyService.getObject()
          .createHistoricTaskInstanceQuery().taskId(taskId).singleResult());
      if (done == null || done.getEndTime() == null) {
        return callerSees(() -> taskService.getObject().createTaskQuery().taskId(taskId).count()) ? null : notFound(taskId);
      }
      if (!wasCandidate(done) && !callerSees(() -> historyService.getObject().createHistoricTaskInstanceQuery().taskId(taskId).count())) {
        return notFound(taskId);
      }
      Locale language = Languages.current();
      String task = TaskNames.translate(done.getTaskDefinitionKey(), done.getName(), language);
      return conflict(done.getAssignee() == null ? Messages.text(language, "conflict.taskCompleted", task)
          : Messages.text(language, "conflict.taskCompletedBy", task, done.getAssignee()));
    }

    /** Whether the caller is in one of the task's candidate groups, as its model names them (their history is not kept). */
    private boolean wasCandidate(HistoricTaskInstance done) {
      Authentication caller = identityService.getObject().getCurrentAuthentication();
      if (caller == null || caller.getGroupIds() == null || done.getProcessDefinitionId() == null || done.getTaskDefinitionKey() == null) {
        return false;
      }
      ModelElementInstance element = systemCalls.getObject().withoutAuthorization(() -> repositoryService.getObject()
          .getBpmnModelInstance(done.getProcessDefinitionId())).getModelElementById(done.getTaskDefinitionKey());
      String candidates = element instanceof UserTask task ? task.getCamundaCandidateGroups() : null;
      return candidates != null && Arrays.stream(candidates.split(",")).map(String::trim).anyMatch(caller.getGroupIds()::contains);
    }

    /** Whether a query run with the caller's own rights finds the task. */
    private static boolean callerSees(java.util.function.Supplier<Long> count) {
      try {
        return count.get() > 0;
      } catch (org.camunda.bpm.engine.AuthorizationException refused) {
        return false;
      }
    }

    static Response notFound(String taskId) {
      return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "InvalidRequestException", "message", Messages.text("conflict.taskNotFound", taskId))).build();
    }

    static Response conflict(String message) {
      return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "TaskConflict", "message", message)).build();
    }
  }

  /** A mapper for failures of task actions: a 409 when the task was completed meanwhile, else Camunda's answer. */
  abstract static class OnTaskAction {
    private final TaskConflicts conflicts;
    @Context UriInfo uri;

    OnTaskAction(TaskConflicts conflicts) {
      this.conflicts = conflicts;
    }

    String taskId() {
      return TaskConflicts.taskActedOn(uri);
    }

    Response conflictOrDefault(Throwable exception) {
      if (DatabaseOutage.isCause(exception)) {
        return unavailable(exception);
      }
      Response done = conflicts.alreadyDone(taskId());
      return done != null ? done : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** Camunda wraps a failed task completion in a RestException answered 500; a conflict is a 409. */
  @Priority(1)
  static class ConflictOnFailure extends OnTaskAction implements ExceptionMapper<RestException> {
    ConflictOnFailure(TaskConflicts conflicts) {
      super(conflicts);
    }

    @Override
    public Response toResponse(RestException exception) {
      Throwable refusal = refusalIn(exception);
      if (refusal != null && (exception.getStatus() == null || exception.getStatus() == Response.Status.INTERNAL_SERVER_ERROR)
          && (refusal instanceof org.camunda.bpm.engine.AuthorizationException || refusal instanceof org.camunda.bpm.engine.BadUserRequestException)) {
        // Camunda's REST API wraps what a start refuses in a RestException answered 500; it is the caller's error
        return ExceptionHandlerHelper.getInstance().getResponse(refusal);
      }
      String taskId = taskId();
      if (taskId != null && causedBy(exception, OptimisticLockingException.class)) {
        return TaskConflicts.conflict(Messages.text("conflict.taskChanged"));
      }
      RefusedFormInput refused = cause(exception, RefusedFormInput.class);
      if (refused != null) {
        return refusedForm(refused);
      }
      return conflictOrDefault(exception);
    }

    private static Throwable refusalIn(Throwable exception) {
      for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
        if (cause instanceof org.tclifecycle.input.Refusal) {
          return cause;
        }
      }
      return null;
    }

    /**
     * Camunda puts "Cannot instantiate process definition cooperation-project:1:…:" or "Cannot submit task form
     * …:" before a refused form's message, which Tasklist shows as is: the person reads only the refusal, in
     * words, and programs find the field keys under {@code fields}.
     */
    static Response refusedForm(RefusedFormInput refused) {
      return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(refusedFormBody(refused)).build();
    }

    /** The body of a refused form, also written by {@link NulCharacters} before the engine is reached. */
    static Map<String, Object> refusedFormBody(RefusedFormInput refused) {
      return Map.of("type", "RefusedFormInput", "message", refused.getMessage(), "fields", refused.fieldErrors());
    }

    private static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (type.isInstance(cause)) {
          return type.cast(cause);
        }
      }
      return null;
    }

    private static boolean causedBy(Throwable exception, Class<? extends Throwable> type) {
      return cause(exception, type) != null;
    }
  }

  /**
   * Completing a task someone else has just completed can also fail the authorization check, since the
   * task's candidate-group grant left with the task: that too is a conflict, not a missing permission.
   */
  static class ConflictOnRefusal extends OnTaskAction implements ExceptionMapper<org.camunda.bpm.engine.AuthorizationException> {
    ConflictOnRefusal(TaskConflicts conflicts) {
      super(conflicts);
    }

    @Override
    public Response toResponse(org.camunda.bpm.engine.AuthorizationException exception) {
      if (exception instanceof org.tclifecycle.input.Refusal) {
        // the product's own refusal (an API account, a forged field) says why; a conflict would name the task and who did it
        return ExceptionHandlerHelper.getInstance().getResponse(exception);
      }
      return conflictOrDefault(exception);
    }
  }

  /**
   * The engine may read the task before the other completion removed it and its execution after that one
   * moved it on, then fail in its own code (a NullPointerException in Camunda 7.24) before its
   * optimistic-locking check: when the task turns out to be completed, that is the same conflict.
   */
  static class ConflictOnEngineError extends OnTaskAction implements ExceptionMapper<RuntimeException> {
    ConflictOnEngineError(TaskConflicts conflicts) {
      super(conflicts);
    }

    @Override
    public Response toResponse(RuntimeException exception) {
      return conflictOrDefault(exception);
    }
  }

  /** Camunda answers an engine call that lost its database with 500, as if the request were at fault. */
  @Priority(1)
  static class OutageBehindEngineFailure implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException exception) {
      return DatabaseOutage.isCause(exception) ? unavailable(exception) : ExceptionHandlerHelper.getInstance().getResponse(exception);
    }
  }

  /** An optimistic-locking failure that reaches the API unwrapped (for example two claims at once). */
  static class ConcurrentChange implements ExceptionMapper<OptimisticLockingException> {
    @Override
    public Response toResponse(OptimisticLockingException exception) {
      return TaskConflicts.conflict(Messages.text("conflict.concurrentChange"));
    }
  }
}
