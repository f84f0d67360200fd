package org.tclifecycle.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  List<Evaluation> findByProjectId(Long projectId);

  boolean existsByProjectId(Long projectId);
}
