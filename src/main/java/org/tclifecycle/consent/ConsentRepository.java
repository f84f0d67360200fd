package org.tclifecycle.consent;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsentRepository extends JpaRepository<ConsentRecord, Long> {

  Optional<ConsentRecord> findFirstByProjectIdOrderByIdDesc(Long projectId);

  List<ConsentRecord> findByProjectIdOrderByIdAsc(Long projectId);
}
