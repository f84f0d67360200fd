package org.tclifecycle.execution;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AmendmentRepository extends JpaRepository<Amendment, Long> {

  List<Amendment> findByProjectIdOrderByIdAsc(Long projectId);
}
