package org.tclifecycle.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.tclifecycle.project.ProjectRecord;

/** One national actor invited to one consultation, and what came of it. */
@Entity
@Table(name = "consultation_invitation")
public class ConsultationInvitation extends ProjectRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsultationStage stage;

  @Column(name = "consultation_instance_id", nullable = false)
  private String consultationInstanceId;

  @ManyToOne(optional = false)
  @JoinColumn(name = "actor_id")
  private NationalActor actor;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InvitationResponse response;

  @Column(name = "consulted_on")
  private LocalDate consultedOn;

  @Enumerated(EnumType.STRING)
  private ConsultationMethod method;

  @Column(name = "participants_women")
  private Integer participantsWomen;

  @Column(name = "participants_men")
  private Integer participantsMen;

  @Column(name = "participants_other")
  private Integer participantsOther;

  @Column(name = "input_summary")
  private String inputSummary;

  private String reflection;

  private String reason;

  @Column(name = "input_recorded_by")
  private String inputRecordedBy;

  @Column(name = "input_recorded_at")
  private Instant inputRecordedAt;

  /** For input recorded once for several actors (a joint meeting or submission): the invitation it was recorded on. */
  @Column(name = "joint_input_of")
  private Long jointInputOf;

  protected ConsultationInvitation() {}

  ConsultationInvitation(Long projectId, ConsultationStage stage, String consultationInstanceId, NationalActor actor, String invitedBy) {
    super(projectId, invitedBy);
    this.stage = stage;
    this.consultationInstanceId = consultationInstanceId;
    this.actor = actor;
    this.response = InvitationResponse.INVITED;
  }

  void responded(LocalDate on, ConsultationMethod by, int women, int men, int other, String summary, String reflectedHow,
      String recordedBy) {
    recorded(recordedBy);
    this.response = InvitationResponse.RESPONDED;
    this.consultedOn = on;
    this.method = by;
    this.participantsWomen = women;
    this.participantsMen = men;
    this.participantsOther = other;
    this.inputSummary = summary;
    this.reflection = reflectedHow;
  }

  void noInput(InvitationResponse why, String reasonGiven, String recordedBy) {
    recorded(recordedBy);
    this.response = why;
    this.reason = reasonGiven;
  }

  /** Marks the input as recorded once for this actor and others, on the invitation {@code recordedOn}. */
  void jointInputOf(Long recordedOn) {
    this.jointInputOf = recordedOn;
  }

  private void recorded(String by) {
    this.inputRecordedBy = by;
    this.inputRecordedAt = Instant.now();
  }

  public ConsultationStage getStage() { return stage; }
  public String getConsultationInstanceId() { return consultationInstanceId; }
  public NationalActor getActor() { return actor; }
  public InvitationResponse getResponse() { return response; }
  public LocalDate getConsultedOn() { return consultedOn; }
  public ConsultationMethod getMethod() { return method; }
  public Integer getParticipantsWomen() { return participantsWomen; }
  public Integer getParticipantsMen() { return participantsMen; }
  public Integer getParticipantsOther() { return participantsOther; }
  public String getInputSummary() { return inputSummary; }
  public String getReflection() { return reflection; }
  public String getReason() { return reason; }
  public String getInputRecordedBy() { return inputRecordedBy; }
  public Instant getInputRecordedAt() { return inputRecordedAt; }
  public Long getJointInputOf() { return jointInputOf; }
  public boolean isJoint() { return jointInputOf != null; }

  public int participants() {
    return response != InvitationResponse.RESPONDED ? 0 : participantsWomen + participantsMen + participantsOther;
  }
}
