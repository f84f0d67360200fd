package org.tclifecycle.design;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectDesignRepository extends JpaRepository<ProjectDesign, Long> {

  List<ProjectDesign> findByProjectIdOrderByIdAsc(Long projectId);

  boolean existsByProjectId(Long projectId);
}
