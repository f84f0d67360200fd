package org.tclifecycle.funding;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BoardReferralRepository extends JpaRepository<BoardReferral, Long> {

  List<BoardReferral> findByProjectIdOrderByIdAsc(Long projectId);

  /** The referral of the current funding round: made after that round's evaluation of the criteria. */
  Optional<BoardReferral> findFirstByProjectIdAndRecordedAtAfterOrderByIdDesc(Long projectId, Instant evaluatedAt);
}
