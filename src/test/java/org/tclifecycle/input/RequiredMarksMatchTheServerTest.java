package org.tclifecycle.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.mockito.invocation.InvocationOnMock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;
import org.tclifecycle.consultation.ConsultationInvitationRepository;
import org.tclifecycle.project.ProjectRepository;

/**
 * The required marks of every task form match what its listener refuses: a field the server refuses when the
 * form is submitted empty is marked required in the form, and a field the form marks required is one the
 * server refuses empty. Each form listener of the application is given an empty submission (every field it
 * reads absent) and its refusal is compared with the form's {@code validate.required} marks.
 *
 * <p>A read-only field shows what the process gives and is not compared. A field with a {@code conditional} is
 * shown only after another choice (e.g. the date of a consultation once "input received" is chosen), and form-js
 * does not validate a hidden field: the empty submission leaves it out, and a second comparison makes the choice
 * that shows it ({@link ConditionalFields}) and compares it then. Every field a refusal names must be a field of
 * the form, or Tasklist cannot show the message next to it. The listeners run on a real project and consultation invitation, each in a
 * transaction rolled back.
 */
@IntegrationTest
class RequiredMarksMatchTheServerTest {

  /**
   * Fields the server refuses empty only when their alternative is empty too, so the form cannot mark them
   * required: the refusal says so ("pick at least one …, or add one").
   */
  static final Map<String, String> ONE_OF = Map.of(
      "plan-consultation.invitedActors", "or a new actor added in the same form",
      "identify-contributors.invitedContributors", "or a new contributor added in the same form");

  /**
   * Values that open a group the server checks as a whole: an empty design is refused at its first indicator's
   * title ("define at least one indicator"); once the indicator is begun, its other parts are required.
   */
  static final Map<String, Map<String, Object>> GROUP_OPENED = Map.of(
      "design-project", Map.of("indicator1Title", "Share of detainees held beyond the legal limit"));

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired ProjectRepository projects;
  @Autowired ConsultationInvitationRepository invitations;
  @Autowired PlatformTransactionManager transactions;

  /** Every "form.field" some server refusal named. */
  final Set<String> refusedAnywhere = new TreeSet<>();

  /** What the process gives a task before the officer fills its form: a real project, stage and invitation. */
  Map<String, Object> processVariables;

  @BeforeEach
  void aProjectWithAnInvitedActor() {
    EngineRest rest = new EngineRest(http, port);
    Map<String, Object> request = new HashMap<>(TestData.request());
    request.put("recommendationIds", java.util.List.of(TestData.recommendationFor("KE")));
    String key = rest.projectAtAssessmentConsultation(request);
    Long projectId = projects.findByBusinessKey(key).orElseThrow().getId();
    rest.consult("officer1", key, "KE", "Task_DesignProject");
    processVariables = Map.of("projectId", projectId, "businessKey", key, "countryCode", "KE",
        "consultationStage", "ASSESSMENT", "invitationId", invitations.findByProjectIdOrderByIdAsc(projectId).get(0).getId());
  }

  /** Start forms and the service task that reads each, with what the process adds to the form's fields. */
  static final Map<String, String> START_FORMS = Map.of("register-request", "registerRequest", "set-panel-theme", "registerPanel");
  static final Map<String, Object> START_VARIABLES = Map.of("intakeChannel", "NOTE_VERBALE");

  /** A form's submission to its listener or service task: refused with a {@link RefusedFormInput}, or accepted. */
  interface Submission {
    void submit(Map<String, Object> filled) throws Exception;
  }

  @Test
  void everyFieldTheServerRefusesEmptyIsMarkedRequiredAndEveryRequiredMarkIsOneTheServerEnforces() {
    Map<String, String> mismatches = new TreeMap<>();
    Map<String, String> notCheckable = new TreeMap<>();
    for (FormTaskListener listener : context.getBeansOfType(FormTaskListener.class).values()) {
      compare(listener.formId(), listener.fieldsRead(), filled -> listener.notify(task(filled)), mismatches, notCheckable);
    }
    START_FORMS.forEach((formId, bean) -> {
      JavaDelegate delegate = context.getBean(bean, JavaDelegate.class);
      compare(formId, null, filled -> delegate.execute(execution(filled)), mismatches, notCheckable);
    });
    assertThat(refusedAnywhere).as("the alternatives excepted are refused empty, or the exception is stale").containsAll(ONE_OF.keySet());
    assertThat(mismatches).as("required marks that do not match the server").isEmpty();
    assertThat(notCheckable).as("forms whose listener failed on an empty submission other than by refusing it").isEmpty();
  }

  /** Compares the form's required marks with the server's refusals; {@code fieldsRead} null: every field of the form. */
  void compare(String formId, Set<String> fieldsRead, Submission submission, Map<String, String> mismatches, Map<String, String> notCheckable) {
    JsonNode form = FormComponents.byId(formId).orElseThrow(() -> new AssertionError("no form " + formId));
    Set<String> refused;
    try {
      refused = refusedWith(submission, Map.of());
      refused.addAll(refusedWith(submission, GROUP_OPENED.getOrDefault(formId, Map.of())));
    } catch (RuntimeException e) {
      notCheckable.put(formId, e.toString());
      return;
    }
    refused.forEach(field -> refusedAnywhere.add(formId + "." + field));
    Set<String> formFields = new TreeSet<>();
    FormComponents.of(form).forEach(component -> FormComponents.submittedVariable(component).ifPresent(formFields::add));
    for (String field : refused) {
      if (!formFields.contains(field)) {
        mismatches.put(formId + "." + field, "named by the server's refusal, not a field of the form");
      }
    }
    for (JsonNode component : FormComponents.of(form)) {
      String field = FormComponents.submittedVariable(component).orElse(null);
      if (field == null || (fieldsRead != null && !fieldsRead.contains(field)) || component.has("conditional")
          || component.path("readonly").asBoolean(false) || ONE_OF.containsKey(formId + "." + field)) {
        continue;
      }
      boolean marked = component.path("validate").path("required").asBoolean(false);
      if (refused.contains(field) && !marked) {
        mismatches.put(formId + "." + field, "refused empty by the server, not marked required in the form");
      } else if (marked && !refused.contains(field)) {
        mismatches.put(formId + "." + field, "marked required in the form, accepted empty by the server");
      }
    }
  }

  @Test
  void aFieldShownOnlyAfterAChoiceIsMarkedRequiredExactlyWhenTheServerRefusesItEmptyOnceShown() {
    Map<String, String> mismatches = new TreeMap<>();
    Map<String, String> notCheckable = new TreeMap<>();
    Set<String> compared = new TreeSet<>();
    for (FormTaskListener listener : context.getBeansOfType(FormTaskListener.class).values()) {
      compareShownAfterAChoice(listener.formId(), listener.fieldsRead(), filled -> listener.notify(task(filled)), mismatches, notCheckable, compared);
    }
    START_FORMS.forEach((formId, bean) -> {
      JavaDelegate delegate = context.getBean(bean, JavaDelegate.class);
      compareShownAfterAChoice(formId, null, filled -> delegate.execute(execution(filled)), mismatches, notCheckable, compared);
    });
    assertThat(compared).as("the conditional fields were compared").contains("record-actor-input.consultedOn",
        "record-actor-input.noInputReason", "screen-request.missingInformation", "decide-funding.fundingAmount",
        "plan-consultation.newActorAccreditedOn", "resolve-missing-actors.exceptionJustification", "record-board-advice.boardConditions");
    assertThat(mismatches).as("required marks of fields shown after a choice that do not match the server").isEmpty();
    assertThat(notCheckable).as("forms whose listener failed on a submission other than by refusing it").isEmpty();
  }

  /**
   * For each field of the form hidden until a choice is made ({@code conditional.hide}), makes the choice that shows
   * it (and those that show that choice's own field), leaves the field empty and compares the server's refusal with
   * the field's required mark.
   */
  void compareShownAfterAChoice(String formId, Set<String> fieldsRead, Submission submission, Map<String, String> mismatches,
      Map<String, String> notCheckable, Set<String> compared) {
    JsonNode form = FormComponents.byId(formId).orElseThrow(() -> new AssertionError("no form " + formId));
    Map<String, JsonNode> fields = new HashMap<>();
    FormComponents.of(form).forEach(component -> FormComponents.submittedVariable(component).ifPresent(field -> fields.put(field, component)));
    for (JsonNode component : FormComponents.of(form)) {
      String field = FormComponents.submittedVariable(component).orElse(null);
      if (field == null || !component.path("conditional").hasNonNull("hide") || component.path("readonly").asBoolean(false)
          || (fieldsRead != null && !fieldsRead.contains(field))) {
        continue;
      }
      Map<String, Object> shown = ConditionalFields.choicesShowing(component, fields);
      if (shown == null) {
        mismatches.put(formId + "." + field, "no choice shows it");
        continue;
      }
      Map<String, Object> filled = new HashMap<>(GROUP_OPENED.getOrDefault(formId, Map.of()));
      filled.putAll(shown);
      Set<String> refused;
      try {
        refused = refusedWith(submission, filled);
      } catch (RuntimeException e) {
        notCheckable.put(formId + "." + field + " shown by " + shown, e.toString());
        continue;
      }
      compared.add(formId + "." + field);
      boolean marked = component.path("validate").path("required").asBoolean(false);
      if (refused.contains(field) && !marked) {
        mismatches.put(formId + "." + field, "shown by " + shown + ", refused empty by the server, not marked required in the form");
      } else if (marked && !refused.contains(field)) {
        mismatches.put(formId + "." + field, "shown by " + shown + ", marked required in the form, accepted empty by the server");
      }
    }
  }

  /**
   * The fields the server names when only the given fields are filled; none when it accepts the form. In a
   * transaction rolled back: what a listener accepting the form writes is not kept.
   */
  Set<String> refusedWith(Submission submission, Map<String, Object> filled) {
    Set<String> refused = new TreeSet<>();
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      status.setRollbackOnly();
      try {
        submission.submit(filled);
      } catch (RefusedFormInput refusal) {
        refused.addAll(refusal.fieldErrors().keySet());
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    return refused;
  }

  DelegateExecution execution(Map<String, Object> filled) {
    Map<String, Object> variables = new HashMap<>(START_VARIABLES);
    variables.putAll(filled);
    return Mockito.mock(DelegateExecution.class, (InvocationOnMock call) -> answer(call, variables));
  }

  DelegateTask task(Map<String, Object> filled) {
    Map<String, Object> variables = new HashMap<>(processVariables);
    variables.putAll(filled);
    return Mockito.mock(DelegateTask.class, (InvocationOnMock call) -> answer(call, variables));
  }

  /** A task or execution holding only these variables, on the real engine. */
  Object answer(InvocationOnMock call, Map<String, Object> variables) throws Throwable {
    String method = call.getMethod().getName();
    Object[] args = call.getArguments();
    return switch (method) {
      case "getEventName" -> "complete";
      case "getVariable", "getVariableLocal" -> variables.get((String) args[0]);
      case "hasVariable", "hasVariableLocal" -> variables.containsKey((String) args[0]);
      case "getVariableTyped", "getVariableLocalTyped" -> null;
      case "getProcessEngineServices", "getProcessEngine" -> engine;
      case "getId", "getProcessInstanceId", "getExecutionId" -> "required-marks-check";
      case "getAssignee" -> "officer1";
      case "getTaskDefinitionKey" -> "Task_RequiredMarksCheck";
      case "getVariables", "getVariablesLocal" -> variables;
      case "getVariableNames", "getVariableNamesLocal" -> variables.keySet();
      default -> Mockito.RETURNS_DEFAULTS.answer(call);
    };
  }
}
