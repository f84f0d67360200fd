package org.tclifecycle.panel;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelContributionRepository extends JpaRepository<PanelContribution, Long> {

  List<PanelContribution> findByPanelIdOrderByIdAsc(Long panelId);

  List<PanelContribution> findByPanelIdAndStatusOrderByIdAsc(Long panelId, ContributionStatus status);

  Optional<PanelContribution> findByPanelIdAndContributorId(Long panelId, Long contributorId);
}
