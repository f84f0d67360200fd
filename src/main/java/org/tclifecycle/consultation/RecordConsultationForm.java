package org.tclifecycle.consultation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.tclifecycle.input.FormTaskListener;
import org.tclifecycle.input.FormValues;
import org.tclifecycle.input.InputValidator;
import org.tclifecycle.project.ProjectVariables;

/** Records a consultation of national actors at one stage (resolution 21/21 §8). */
@Component("recordConsultationForm")
class RecordConsultationForm extends FormTaskListener {

  static final String ACTOR_TYPES = "actorTypes";
  static final String DATE = "consultationDate";
  static final String PARTICIPANTS = "participants";
  static final String SUMMARY = "consultationSummary";

  record Consultation(
      @NotEmpty Set<ActorType> actorTypes,
      @NotNull @PastOrPresent LocalDate consultationDate,
      @NotNull @Min(1) @Max(100000) Integer participants,
      @NotBlank @Size(max = 4000) String consultationSummary) {}

  private final ConsultationRoundRepository rounds;
  private final InputValidator validator;

  RecordConsultationForm(ConsultationRoundRepository rounds, InputValidator validator) {
    this.rounds = rounds;
    this.validator = validator;
  }

  @Override
  public String formId() {
    return "record-consultation";
  }

  @Override
  public Set<String> fieldsRead() {
    return Set.of(ACTOR_TYPES, DATE, PARTICIPANTS, SUMMARY);
  }

  @Override
  protected void complete(DelegateTask task, FormValues values) {
    Consultation consultation = validator.validate(new Consultation(
        values.choices(ACTOR_TYPES, ActorType.class),
        values.date(DATE),
        values.wholeNumber(PARTICIPANTS),
        values.text(SUMMARY)), values);
    rounds.save(new ConsultationRound(ProjectVariables.projectId(task), ConsultationVariables.stage(task),
        consultation.actorTypes(), consultation.consultationDate(), consultation.participants(),
        consultation.consultationSummary(), actor(task)));
  }
}
