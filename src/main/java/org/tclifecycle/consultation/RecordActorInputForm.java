package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.tclifecycle.audit.AuditLog;
import org.tclifecycle.i18n.LanguageVariables;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.project.ProjectVariables;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;

/**
 * One invited actor's part in a consultation: their input (date, method, participants by sex, summary and
 * how it was reflected), or that they declined or did not answer, with the reason.
 *
 * <p>Input given at one meeting or in one submission by several actors of the round is recorded once: the
 * officer ticks the others ({@code jointActors}, offered from the actors of this round still waiting for an
 * answer) and each gets a record of its own, marked as joint with the others, and its waiting task is completed
 * in the same transaction with the same values, by the same officer. The participants are those of the one
 * meeting, counted once, on the record of the actor whose task was submitted.
 */
@Component("recordActorInputForm")
class RecordActorInputForm extends FormTaskListener {

  static final String ACTOR_NAME = "actorName";
  static final String RESPONSE = "actorResponse";
  static final String DATE = "consultedOn";
  static final String METHOD = "consultationMethod";
  static final String WOMEN = "participantsWomen";
  static final String MEN = "participantsMen";
  static final String OTHER = "participantsOther";
  static final String SUMMARY = "inputSummary";
  static final String REFLECTION = "inputReflection";
  static final String REASON = "noInputReason";
  static final String JOINT_ACTORS = "jointActors";
  static final String JOINT_ACTOR_OPTIONS = "jointActorsOptions";
  private static final int MAX_PARTICIPANTS = 100_000;

  /** Action of the audit entry kept for each actor whose input was recorded jointly. */
  static final String JOINT_INPUT_AUDIT = "JOINT_CONSULTATION_INPUT";

  private final ConsultationInvitations invitations;
  private final AuditLog audit;

  RecordActorInputForm(ConsultationInvitations invitations, AuditLog audit) {
    this.invitations = invitations;
    this.audit = audit;
  }

  @Override
  public String formId() {
    return "record-actor-input";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(RESPONSE, DATE, METHOD, WOMEN, MEN, OTHER, SUMMARY, REFLECTION, REASON, JOINT_ACTORS);
  }

  @Override
  protected void prefill(DelegateTask task) {
    ConsultationInvitation invitation = invitations.get(ConsultationVariables.invitationId(task));
    NationalActor actor = invitation.getActor();
    LanguageVariables.putOn(task, ACTOR_NAME, language -> ConsultationWords.actorAndType(actor, language));
    ConsultationStage stage = ConsultationVariables.stage(task);
    LanguageVariables.putOn(task, ConsultationWords.STAGE_NAME, language -> ConsultationWords.stage(stage, language));
    // one task per invited actor: the task list tells them apart by name
    task.setName("Record input of " + actor.getName());
    List<NationalActor> others = invitations.of(task.getProcessInstanceId()).stream()
        .filter(other -> other.getResponse() == InvitationResponse.INVITED && !other.getId().equals(invitation.getId()))
        .map(ConsultationInvitation::getActor).toList();
    offer(task, JOINT_ACTOR_OPTIONS, language -> {
      Map<String, String> options = new LinkedHashMap<>();
      others.forEach(other -> options.put(other.getId().toString(), ConsultationWords.actor(other, language)));
      return options;
    });
    // an empty list of the type the checklist submits: Tasklist sends a value with the type of the variable it
    // finds, and an untyped (null) one cannot hold a list
    task.setVariableLocal(JOINT_ACTORS, SpinValues.jsonValue("[]").create());
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    ConsultationInvitation invitation = invitations.get(ConsultationVariables.invitationId(task));
    if (invitation.isJoint() && invitation.getResponse() == InvitationResponse.RESPONDED) {
      return; // recorded a moment ago, in this transaction, with the input of the actor whose task was submitted
    }
    InvitationResponse response = values.choice(RESPONSE, InvitationResponse.class);
    Map<String, String> errors = new TreeMap<>();
    String officer = actor(task);
    if (response == null || response == InvitationResponse.INVITED) {
      errors.put(RESPONSE, Messages.text("input.consultation.response"));
    } else if (response == InvitationResponse.RESPONDED) {
      LocalDate on = values.date(DATE);
      ConsultationMethod method = values.choice(METHOD, ConsultationMethod.class);
      Integer women = participants(values, WOMEN, errors);
      Integer men = participants(values, MEN, errors);
      Integer other = participants(values, OTHER, errors);
      String summary = text(values, SUMMARY, 4000, errors);
      String reflection = text(values, REFLECTION, 4000, errors);
      if (on == null) {
        errors.putIfAbsent(DATE, Messages.text("input.required"));
      } else if (on.isAfter(LocalDate.now())) {
        errors.put(DATE, Messages.text("input.notInFuture"));
      }
      if (method == null) {
        errors.putIfAbsent(METHOD, Messages.text("input.required"));
      }
      if (errors.isEmpty() && women + men + other == 0) {
        errors.put(WOMEN, Messages.text("input.consultation.participants"));
      }
      Map<ConsultationInvitation, Task> joint = jointInput(task, values, invitation, officer, errors);
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        invitations.answer(invitation, answered -> answered.responded(on, method, women, men, other, summary, reflection, officer));
        if (!joint.isEmpty()) {
          invitation.jointInputOf(invitation.getId());
          joint.keySet().forEach(with -> {
            // the participants of the one meeting are counted once, on this actor's record
            invitations.answer(with, answered -> answered.responded(on, method, 0, 0, 0, summary, reflection, officer));
            with.jointInputOf(invitation.getId());
          });
          finish(task, joint.values(), officer);
          audit(task, invitation, joint.keySet(), officer);
        }
      }
    } else {
      String reason = text(values, REASON, 1000, errors);
      if (!values.texts(JOINT_ACTORS).isEmpty()) {
        errors.put(JOINT_ACTORS, Messages.text("input.consultation.jointOnlyInput"));
      }
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        invitations.answer(invitation, answered -> answered.noInput(response, reason, officer));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /**
   * The invitations ticked as giving this input too, with their waiting tasks: each must be another actor of
   * this round still waiting for an answer, and its task not taken by someone else.
   */
  private Map<ConsultationInvitation, Task> jointInput(DelegateTask task, FormValues values, ConsultationInvitation invitation,
      String officer, Map<String, String> errors) {
    List<String> ticked = values.texts(JOINT_ACTORS);
    Map<ConsultationInvitation, Task> joint = new LinkedHashMap<>();
    if (ticked.isEmpty()) {
      return joint;
    }
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    Map<Long, Task> waiting = new HashMap<>();
    for (Task other : tasks.createTaskQuery().processInstanceId(task.getProcessInstanceId())
        .taskDefinitionKey(task.getTaskDefinitionKey()).list()) {
      if (!other.getId().equals(task.getId())) {
        waiting.put(((Number) tasks.getVariable(other.getId(), ConsultationVariables.INVITATION_ID)).longValue(), other);
      }
    }
    List<String> refusals = new ArrayList<>();
    for (String id : ticked) {
      Long actorId = id.matches("\\d{1,18}") ? Long.valueOf(id) : null;
      ConsultationInvitation with = actorId == null ? null : invitations.of(task.getProcessInstanceId(), actorId).orElse(null);
      if (with != null && with.getId().equals(invitation.getId())) {
        continue; // this task's own actor
      }
      Task waitingTask = with == null ? null : waiting.get(with.getId());
      if (with == null) {
        NationalActor actor = actorId == null ? null : invitations.registry().find(actorId);
        refusals.add(Messages.text("input.consultation.jointNotInvited", actor == null ? id : actor.getName()));
      } else if (with.getResponse() != InvitationResponse.INVITED || waitingTask == null) {
        refusals.add(Messages.text("input.consultation.jointAlreadyHeard", with.getActor().getName()));
      } else if (waitingTask.getAssignee() != null && !waitingTask.getAssignee().equals(officer)) {
        refusals.add(Messages.text("input.consultation.jointTaken", with.getActor().getName(), waitingTask.getAssignee()));
      } else {
        joint.put(with, waitingTask);
      }
    }
    if (!refusals.isEmpty()) {
      errors.put(JOINT_ACTORS, String.join("; ", refusals));
    }
    return joint;
  }

  /**
   * Completes the waiting tasks of the actors heard jointly, as the officer, with this task's values: each
   * actor's sub-process ends as "input recorded" through its usual path, and history keeps who completed each
   * task and when (the values are in each actor's record).
   */
  private void finish(DelegateTask task, Collection<Task> waiting, String officer) {
    TaskService tasks = task.getProcessEngineServices().getTaskService();
    Map<String, Object> submitted = new HashMap<>();
    for (String field : fieldsRead()) {
      if (!JOINT_ACTORS.equals(field) && task.getVariable(field) != null) {
        submitted.put(field, task.getVariableTyped(field));
      }
    }
    for (Task other : waiting) {
      if (officer != null && other.getAssignee() == null) {
        tasks.setAssignee(other.getId(), officer);
      }
      tasks.setVariablesLocal(other.getId(), submitted);
      tasks.complete(other.getId());
    }
  }

  /**
   * One audit entry per actor heard jointly, naming the others: the engine's own operation log leaves out what
   * listener code does, so the completion of the other actors' tasks would otherwise be in history only.
   */
  private void audit(DelegateTask task, ConsultationInvitation recordedOn, Collection<ConsultationInvitation> with, String officer) {
    List<ConsultationInvitation> all = new ArrayList<>();
    all.add(recordedOn);
    all.addAll(with);
    for (ConsultationInvitation invitation : all) {
      String others = all.stream().filter(other -> other != invitation).map(other -> other.getActor().getName())
          .collect(java.util.stream.Collectors.joining(", "));
      audit.record(officer == null ? "system" : officer, JOINT_INPUT_AUDIT, ProjectVariables.businessKey(task),
          invitation.getStage() + ", " + invitation.getActor().getName() + ": input recorded jointly with " + others
              + " (consultation " + task.getProcessInstanceId() + ")");
    }
  }

  private static Integer participants(FormValues values, String field, Map<String, String> errors) {
    Integer count = values.wholeNumber(field);
    if (count == null) {
      errors.putIfAbsent(field, Messages.text("input.consultation.countRequired"));
    } else if (count < 0 || count > MAX_PARTICIPANTS) {
      errors.put(field, Messages.text("input.consultation.countRange", MAX_PARTICIPANTS));
    }
    return count;
  }

  private static String text(FormValues values, String field, int max, Map<String, String> errors) {
    String text = values.text(field);
    if (text == null) {
      errors.putIfAbsent(field, Messages.text("input.required"));
    } else if (text.length() > max) {
      errors.put(field, Messages.text("input.maxChars", max));
    }
    return text;
  }
}
