package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Messages;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InvalidInputException;

/**
 * One invited actor's part in a consultation: their input (date, method, participants by sex, summary and
 * how it was reflected), or that they declined or did not answer, with the reason.
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
  private static final int MAX_PARTICIPANTS = 100_000;

  private final ConsultationInvitations invitations;

  RecordActorInputForm(ConsultationInvitations invitations) {
    this.invitations = invitations;
  }

  @Override
  public String formId() {
    return "record-actor-input";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(RESPONSE, DATE, METHOD, WOMEN, MEN, OTHER, SUMMARY, REFLECTION, REASON);
  }

  @Override
  protected void prefill(DelegateTask task) {
    NationalActor actor = invitations.get(ConsultationVariables.invitationId(task)).getActor();
    task.setVariableLocal(ACTOR_NAME, actor.getName() + " (" + actor.getType().label() + ")");
    // one task per invited actor: the task list tells them apart by name
    task.setName("Record input of " + actor.getName());
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    ConsultationInvitation invitation = invitations.get(ConsultationVariables.invitationId(task));
    InvitationResponse response = values.choice(RESPONSE, InvitationResponse.class);
    Map<String, String> errors = new TreeMap<>();
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
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        invitation.responded(on, method, women, men, other, summary, reflection);
      }
    } else {
      String reason = text(values, REASON, 1000, errors);
      errors.putAll(values.errors());
      if (errors.isEmpty()) {
        invitation.noInput(response, reason);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
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
