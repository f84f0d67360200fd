package org.tclifecycle.project;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface BusinessKeySequenceRepository extends JpaRepository<BusinessKeySequence, Integer> {

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select s from BusinessKeySequence s where s.year = :year")
  Optional<BusinessKeySequence> lockYear(int year);
}
