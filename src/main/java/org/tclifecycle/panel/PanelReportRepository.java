package org.tclifecycle.panel;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PanelReportRepository extends JpaRepository<PanelReport, Long> {

  Optional<PanelReport> findFirstByPanelIdOrderByVersionDesc(Long panelId);
}
