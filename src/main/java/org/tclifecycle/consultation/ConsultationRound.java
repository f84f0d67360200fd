package org.tclifecycle.consultation;

import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tclifecycle.project.ProjectRecord;

/** Who was consulted at one stage of a project, when, and what they said. */
@Entity
@Table(name = "consultation_round")
public class ConsultationRound extends ProjectRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsultationStage stage;

  @Column(name = "actor_types", nullable = false)
  private String actorTypes;

  @Column(name = "consulted_on", nullable = false)
  private LocalDate consultedOn;

  @Column(nullable = false)
  private int participants;

  @Column(nullable = false)
  private String summary;

  @Enumerated(EnumType.STRING)
  private ConsultationOutcome outcome;

  @Column(name = "consultation_instance_id")
  private String consultationInstanceId;

  @Column(name = "calling_activity_instance_id")
  private String callingActivityInstanceId;

  @Column(name = "exception_justification")
  private String exceptionJustification;

  @Column(name = "exception_requested_by")
  private String exceptionRequestedBy;

  @Column(name = "exception_decided_by")
  private String exceptionDecidedBy;

  @Column(name = "exception_decision_note")
  private String exceptionDecisionNote;

  protected ConsultationRound() {}

  /** The round of one consultation, summing up the input of the actors who responded. */
  ConsultationRound(Long projectId, ConsultationStage stage, String consultationInstanceId, String callingActivityInstanceId,
      List<ConsultationInvitation> responded, ConsultationOutcome outcome) {
    super(projectId, null);
    this.stage = stage;
    this.consultationInstanceId = consultationInstanceId;
    this.callingActivityInstanceId = callingActivityInstanceId;
    this.outcome = outcome;
    this.actorTypes = responded.stream().map(i -> i.getActor().getType()).distinct().sorted().map(Enum::name)
        .collect(Collectors.joining(","));
    this.consultedOn = responded.stream().map(ConsultationInvitation::getConsultedOn).max(LocalDate::compareTo)
        .orElse(LocalDate.now());
    this.participants = responded.stream().mapToInt(ConsultationInvitation::participants).sum();
    String inputs = responded.stream().map(i -> i.getActor().getName() + jointWith(i, responded) + ": " + i.getInputSummary())
        .collect(Collectors.joining("\n"));
    // the record's own words in English, whoever's language the last input was recorded in (the API words them at read time)
    this.summary = inputs.isEmpty() ? Messages.text(Languages.DEFAULT, "consultation.noInput")
        : inputs.length() > 4000 ? inputs.substring(0, 4000) : inputs;
  }

  /** " (joint input with X, Y)" after the name of an actor heard with others in one meeting or submission. */
  private static String jointWith(ConsultationInvitation input, List<ConsultationInvitation> responded) {
    if (!input.isJoint()) {
      return "";
    }
    String others = responded.stream().filter(other -> other != input && input.getJointInputOf().equals(other.getJointInputOf()))
        .map(other -> other.getActor().getName()).collect(Collectors.joining(", "));
    return others.isEmpty() ? "" : " (" + Messages.text(Languages.DEFAULT, "consultation.jointWith", others) + ")";
  }

  void exception(String justification, String requestedBy, String decidedBy, String decisionNote) {
    this.exceptionJustification = justification;
    this.exceptionRequestedBy = requestedBy;
    this.exceptionDecidedBy = decidedBy;
    this.exceptionDecisionNote = decisionNote;
  }

  public ConsultationStage getStage() { return stage; }
  public Set<ActorType> getActorTypes() {
    EnumSet<ActorType> set = EnumSet.noneOf(ActorType.class);
    Arrays.stream(actorTypes.split(",")).filter(type -> !type.isEmpty()).map(ActorType::valueOf).forEach(set::add);
    return set;
  }
  public LocalDate getConsultedOn() { return consultedOn; }
  public int getParticipants() { return participants; }
  public String getSummary() { return summary; }
  public ConsultationOutcome getOutcome() { return outcome; }
  public String getConsultationInstanceId() { return consultationInstanceId; }
  public String getExceptionJustification() { return exceptionJustification; }
  public String getExceptionRequestedBy() { return exceptionRequestedBy; }
  public String getExceptionDecidedBy() { return exceptionDecidedBy; }
  public String getExceptionDecisionNote() { return exceptionDecisionNote; }
}
