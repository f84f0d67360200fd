package org.tclifecycle.followup;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RecommendationFollowUpRepository extends JpaRepository<RecommendationFollowUp, Long> {

  List<RecommendationFollowUp> findByProjectIdOrderByIdAsc(Long projectId);

  List<RecommendationFollowUp> findByProjectIdInOrderByIdAsc(java.util.Collection<Long> projectIds);
}
