package org.tclifecycle.consultation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
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

  protected ConsultationRound() {}

  ConsultationRound(Long projectId, ConsultationStage stage, Set<ActorType> actors, LocalDate consultedOn,
      int participants, String summary, String recordedBy) {
    super(projectId, recordedBy);
    this.stage = stage;
    this.actorTypes = actors.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    this.consultedOn = consultedOn;
    this.participants = participants;
    this.summary = summary;
  }

  public ConsultationStage getStage() { return stage; }
  public Set<ActorType> getActorTypes() {
    EnumSet<ActorType> set = EnumSet.noneOf(ActorType.class);
    Arrays.stream(actorTypes.split(",")).map(ActorType::valueOf).forEach(set::add);
    return set;
  }
  public LocalDate getConsultedOn() { return consultedOn; }
  public int getParticipants() { return participants; }
  public String getSummary() { return summary; }
}
