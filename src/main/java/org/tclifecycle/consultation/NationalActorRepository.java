package org.tclifecycle.consultation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NationalActorRepository extends JpaRepository<NationalActor, Long> {

  List<NationalActor> findByCountryCodeOrderByTypeAscNameAsc(String countryCode);

  boolean existsByCountryCodeAndType(String countryCode, ActorType type);

  boolean existsByCountryCodeAndNameIgnoreCase(String countryCode, String name);
}
