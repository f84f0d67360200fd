package org.tclifecycle.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelContributorRepository extends JpaRepository<PanelContributor, Long> {

  Optional<PanelContributor> findByNameIgnoreCase(String name);

  Optional<PanelContributor> findByNationalActorId(Long nationalActorId);

  List<PanelContributor> findAllByOrderByKindAscNameAsc();

  Optional<PanelContributor> findByAccount(String account);
}
