package org.tclifecycle.request;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface IdempotencyRecordRepository extends JpaRepository<IdempotencyRecord, Long> {

  Optional<IdempotencyRecord> findByCallerAndIdempotencyKey(String caller, String idempotencyKey);
}
