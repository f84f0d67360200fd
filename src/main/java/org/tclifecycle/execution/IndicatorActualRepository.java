package org.tclifecycle.execution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface IndicatorActualRepository extends JpaRepository<IndicatorActual, Long> {

  List<IndicatorActual> findByProjectIdOrderByIdAsc(Long projectId);
}
