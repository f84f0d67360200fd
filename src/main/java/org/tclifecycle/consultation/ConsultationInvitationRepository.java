package org.tclifecycle.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationInvitationRepository extends JpaRepository<ConsultationInvitation, Long> {

  List<ConsultationInvitation> findByConsultationInstanceIdOrderByIdAsc(String consultationInstanceId);

  List<ConsultationInvitation> findByConsultationInstanceIdAndResponseOrderByIdAsc(String consultationInstanceId, InvitationResponse response);

  List<ConsultationInvitation> findByProjectIdOrderByIdAsc(Long projectId);

  List<ConsultationInvitation> findByResponse(InvitationResponse response);

  java.util.Optional<ConsultationInvitation> findByConsultationInstanceIdAndActorId(String consultationInstanceId, Long actorId);

  List<ConsultationInvitation> findByJointInputOfOrderByIdAsc(Long jointInputOf);

  boolean existsByConsultationInstanceIdAndActorId(String consultationInstanceId, Long actorId);
}
