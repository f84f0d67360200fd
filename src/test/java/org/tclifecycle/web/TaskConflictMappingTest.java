package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A completion that loses the race can fail inside the engine before its optimistic-locking check (seen as
 * a NullPointerException in about one of twenty simultaneous completions): the loser still gets a 409.
 */
class TaskConflictMappingTest {

  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
  private final RepositoryService repository = mock(RepositoryService.class);
  private final IdentityService identity = mock(IdentityService.class);

  private HistoricTaskInstance completed(String taskId, boolean callerReadsItsHistory) {
    HistoricTaskInstance done = mock(HistoricTaskInstance.class);
    when(done.getEndTime()).thenReturn(new java.util.Date());
    when(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()).thenReturn(done);
    when(history.createHistoricTaskInstanceQuery().taskId(taskId).count()).thenReturn(callerReadsItsHistory ? 1L : 0L);
    return done;
  }

  @Test
  void anEngineErrorOnATaskCompletedMeanwhileIsAConflict() {
    HistoricTaskInstance done = completed("t1", true);
    when(done.getName()).thenReturn("Screen request: TC-2026-0001 (Kenya)");
    when(done.getAssignee()).thenReturn("officer1");

    Response response = mapperFor("engine-rest/task/t1/complete").toResponse(new NullPointerException("activityInstanceId"));

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) response.getEntity()).get("message"))
        .isEqualTo("Task Screen request: TC-2026-0001 (Kenya) was already completed by officer1");
  }

  @Test
  void aFrenchOfficerReadsTheConflictInFrenchWithTheTasksFrenchName() {
    HistoricTaskInstance done = completed("t3", true);
    when(done.getTaskDefinitionKey()).thenReturn("Task_ScreenRequest");
    when(done.getName()).thenReturn("Screen request: TC-2026-0001 (Kenya)");
    when(done.getAssignee()).thenReturn("officer1");
    MockHttpServletRequest french = new MockHttpServletRequest();
    french.addHeader("Accept-Language", "fr");
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(french));
    try {
      Response response = mapperFor("engine-rest/task/t3/complete").toResponse(new NullPointerException("activityInstanceId"));

      assertThat(((Map<?, ?>) response.getEntity()).get("message"))
          .isEqualTo("La tâche Examiner la demande : TC-2026-0001 (Kenya) a déjà été terminée par officer1");
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  /** The Board secretariat reads no project history, yet a secretary who loses a race for the Board's task is told who won. */
  @Test
  void aCandidateOfTheCompletedTaskIsToldWhoCompletedIt() {
    HistoricTaskInstance done = completed("t6", false);
    when(done.getProcessDefinitionId()).thenReturn("cooperation-project:1:4x");
    when(done.getTaskDefinitionKey()).thenReturn("Task_RecordBoardAdvice");
    when(done.getName()).thenReturn("Record Board advice: TC-2026-0001 (Kenya)");
    when(done.getAssignee()).thenReturn("secretary2");
    when(repository.getBpmnModelInstance("cooperation-project:1:4x")).thenReturn(Bpmn.createExecutableProcess("cooperation-project")
        .startEvent().userTask("Task_RecordBoardAdvice").camundaCandidateGroups("tc-managers, tc-board-secretariat").endEvent().done());
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("secretary1", List.of("tc-board-secretariat")));

    Response response = mapperFor("engine-rest/task/t6/complete").toResponse(new NullPointerException());

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(((Map<?, ?>) response.getEntity()).get("message"))
        .isEqualTo("Task Record Board advice: TC-2026-0001 (Kenya) was already completed by secretary2");
    when(identity.getCurrentAuthentication()).thenReturn(new Authentication("officer3", List.of("tc-officers")));
    assertThat(mapperFor("engine-rest/task/t6/complete").toResponse(new NullPointerException()).getStatus()).isEqualTo(404);
  }

  @Test
  void anEngineErrorOnATaskStillOpenStaysAServerError() {
    HistoricTaskInstance open = mock(HistoricTaskInstance.class);
    when(history.createHistoricTaskInstanceQuery().taskId("t2").singleResult()).thenReturn(open);
    when(tasks.createTaskQuery().taskId("t2").count()).thenReturn(1L);

    assertThat(mapperFor("engine-rest/task/t2/complete").toResponse(new NullPointerException()).getStatus()).isEqualTo(500);
  }

  /** Ids are short numbers: trying them must not tell a caller which were tasks, what they were or who did them. */
  @Test
  void aTaskCompletedOutOfTheCallersSightAndATaskThatNeverWasGetTheSame404() {
    HistoricTaskInstance done = completed("t4", false);
    when(done.getName()).thenReturn("Record input of Ministry of Justice: TC-2026-0001 (Kenya)");
    when(done.getAssignee()).thenReturn("officer2");
    when(history.createHistoricTaskInstanceQuery().taskId("t5").singleResult()).thenReturn(null);
    when(tasks.createTaskQuery().taskId("t5").count()).thenReturn(0L);

    Response hidden = mapperFor("engine-rest/task/t4/complete").toResponse(new NullPointerException());
    Response unknown = mapperFor("engine-rest/task/t5/complete").toResponse(new NullPointerException());

    assertThat(hidden.getStatus()).isEqualTo(404);
    assertThat(unknown.getStatus()).isEqualTo(404);
    assertThat(((Map<?, ?>) hidden.getEntity()).get("message")).isEqualTo("Task t4 does not exist, or you may not see it");
    assertThat(((Map<?, ?>) unknown.getEntity()).get("message")).isEqualTo("Task t5 does not exist, or you may not see it");
    assertThat(String.valueOf(hidden.getEntity())).doesNotContain("Kenya", "officer2", "Record input");
  }

  @Test
  void anEngineErrorOutsideATaskActionIsLeftToCamunda() {
    assertThat(mapperFor("engine-rest/process-instance").toResponse(new IllegalStateException("x")).getStatus()).isEqualTo(500);
  }

  @SuppressWarnings("unchecked")
  private static <T> ObjectProvider<T> providing(T service) {
    ObjectProvider<T> provider = mock(ObjectProvider.class);
    when(provider.getObject()).thenReturn(service);
    return provider;
  }

  private EngineRestConfig.ConflictOnEngineError mapperFor(String path) {
    @SuppressWarnings("unchecked")
    ObjectProvider<HistoryService> provider = mock(ObjectProvider.class);
    when(provider.getObject()).thenReturn(history);
    @SuppressWarnings("unchecked")
    ObjectProvider<TaskService> taskProvider = mock(ObjectProvider.class);
    when(taskProvider.getObject()).thenReturn(tasks);
    org.tclifecycle.identity.SystemCalls calls = mock(org.tclifecycle.identity.SystemCalls.class);
    when(calls.withoutAuthorization(org.mockito.ArgumentMatchers.any()))
        .thenAnswer(call -> ((java.util.function.Supplier<?>) call.getArgument(0)).get());
    @SuppressWarnings("unchecked")
    ObjectProvider<org.tclifecycle.identity.SystemCalls> system = mock(ObjectProvider.class);
    when(system.getObject()).thenReturn(calls);
    EngineRestConfig.ConflictOnEngineError mapper =
        new EngineRestConfig.ConflictOnEngineError(new EngineRestConfig.TaskConflicts(provider, taskProvider,
            providing(repository), providing(identity), system));
    mapper.uri = mock(UriInfo.class);
    when(mapper.uri.getPath()).thenReturn(path);
    return mapper;
  }
}
