package org.tclifecycle.design;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectIndicatorRepository extends JpaRepository<ProjectIndicator, Long> {

  List<ProjectIndicator> findByDesignIdOrderByNumberAsc(Long designId);
}
