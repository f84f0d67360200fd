package org.tclifecycle.consultation;

import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invitations of one consultation. Named {@code consultationInvitations} because the per-actor
 * multi-instance of {@code national-consultation} reads its collection here, not from a variable.
 */
@Component("consultationInvitations")
@Transactional
public class ConsultationInvitations {

  private final ConsultationInvitationRepository invitations;
  private final NationalActorRegistry registry;

  ConsultationInvitations(ConsultationInvitationRepository invitations, NationalActorRegistry registry) {
    this.invitations = invitations;
    this.registry = registry;
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
