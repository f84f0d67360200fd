package org.tclifecycle.funding;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FundingDecisionRepository extends JpaRepository<FundingDecision, Long> {

  List<FundingDecision> findByProjectIdOrderByIdAsc(Long projectId);
}
