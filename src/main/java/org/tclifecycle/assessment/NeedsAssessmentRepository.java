package org.tclifecycle.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedsAssessmentRepository extends JpaRepository<NeedsAssessment, Long> {

  List<NeedsAssessment> findByProjectId(Long projectId);

  boolean existsByProjectId(Long projectId);
}
