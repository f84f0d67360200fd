package org.tclifecycle.consultation;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.ProjectTallies;

/**
 * The invitations of one consultation. Named {@code consultationInvitations} because the per-actor
 * multi-instance of {@code national-consultation} reads its collection here, not from a variable.
 */
@Component("consultationInvitations")
@Transactional
public class ConsultationInvitations {

  private final ConsultationInvitationRepository invitations;
  private final NationalActorRegistry registry;
  private final ProjectTallies tallies;

  ConsultationInvitations(ConsultationInvitationRepository invitations, NationalActorRegistry registry, ProjectTallies tallies) {
    this.invitations = invitations;
    this.registry = registry;
    this.tallies = tallies;
  }

  /**
   * Records an answer (or its absence) on the invitation, and moves the people who took part, by sex, in the
   * portfolio dashboard's counts: those of a response count, any other answer counts none.
   */
  void answer(ConsultationInvitation invitation, Consumer<ConsultationInvitation> answer) {
    int[] before = participants(invitation);
    answer.accept(invitation);
    int[] after = participants(invitation);
    for (int sex = 0; sex < ProjectTallies.PARTICIPANTS_BY_SEX.size(); sex++) {
      tallies.add(invitation.getProjectId(), ProjectTallies.PARTICIPANTS, ProjectTallies.PARTICIPANTS_BY_SEX.get(sex), after[sex] - before[sex]);
    }
  }

  private static int[] participants(ConsultationInvitation invitation) {
    if (invitation.getResponse() != InvitationResponse.RESPONDED) {
      return new int[3];
    }
    return new int[] {zeroIfNull(invitation.getParticipantsWomen()), zeroIfNull(invitation.getParticipantsMen()),
        zeroIfNull(invitation.getParticipantsOther())};
  }

  private static int zeroIfNull(Integer count) {
    return count == null ? 0 : count;
  }

  /** Invitations still waiting for an answer, one multi-instance element each. */
  @Transactional(readOnly = true)
  public List<Long> openIds(String consultationInstanceId) {
    return invitations.findByConsultationInstanceIdAndResponseOrderByIdAsc(consultationInstanceId, InvitationResponse.INVITED)
        .stream().map(ConsultationInvitation::getId).toList();
  }

  /** Invites the actors not yet invited to this consultation; returns how many were added. */
  int invite(Long projectId, ConsultationStage stage, String consultationInstanceId, Collection<NationalActor> actors, String officer) {
    int added = 0;
    for (NationalActor actor : actors) {
      if (!invitations.existsByConsultationInstanceIdAndActorId(consultationInstanceId, actor.getId())) {
        invitations.save(new ConsultationInvitation(projectId, stage, consultationInstanceId, actor, officer));
        added++;
      }
    }
    return added;
  }

  /** The invitation of an actor in this consultation, if it was invited. */
  java.util.Optional<ConsultationInvitation> of(String consultationInstanceId, Long actorId) {
    return invitations.findByConsultationInstanceIdAndActorId(consultationInstanceId, actorId);
  }

  /**
   * The other actors whose input was recorded together with this one's (a joint meeting or submission), by name;
   * empty for input recorded for this actor alone.
   */
  @Transactional(readOnly = true)
  public List<String> jointWith(ConsultationInvitation invitation) {
    if (!invitation.isJoint()) {
      return List.of();
    }
    return invitations.findByJointInputOfOrderByIdAsc(invitation.getJointInputOf()).stream()
        .filter(other -> !other.getId().equals(invitation.getId())).map(other -> other.getActor().getName()).toList();
  }

  /** "Name: joint input with X, Y" for each actor of this consultation whose input was recorded jointly, in words. */
  @Transactional(readOnly = true)
  public List<String> jointInputs(String consultationInstanceId) {
    return of(consultationInstanceId).stream().filter(ConsultationInvitation::isJoint)
        .map(invitation -> invitation.getActor().getName() + ": "
            + org.tclifecycle.i18n.Messages.text("consultation.jointWith", String.join(", ", jointWith(invitation))))
        .toList();
  }

  ConsultationInvitation get(Long invitationId) {
    return invitations.findById(invitationId).orElseThrow(() -> new IllegalStateException("No consultation invitation " + invitationId));
  }

  @Transactional(readOnly = true)
  public List<ConsultationInvitation> of(String consultationInstanceId) {
    return invitations.findByConsultationInstanceIdOrderByIdAsc(consultationInstanceId);
  }

  List<ConsultationInvitation> responded(String consultationInstanceId) {
    return invitations.findByConsultationInstanceIdAndResponseOrderByIdAsc(consultationInstanceId, InvitationResponse.RESPONDED);
  }

  NationalActorRegistry registry() {
    return registry;
  }
}
