package org.tclifecycle.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationRoundRepository extends JpaRepository<ConsultationRound, Long> {

  List<ConsultationRound> findByProjectIdOrderByIdAsc(Long projectId);

  boolean existsByCallingActivityInstanceId(String callingActivityInstanceId);

  boolean existsByProjectIdAndStage(Long projectId, ConsultationStage stage);
}
