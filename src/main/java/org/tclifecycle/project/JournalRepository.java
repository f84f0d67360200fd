package org.tclifecycle.project;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JournalRepository extends JpaRepository<JournalEntry, Long> {

  List<JournalEntry> findByProjectIdOrderByIdAsc(Long projectId);
}
