package org.tclifecycle.panel;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThematicPanelRepository extends JpaRepository<ThematicPanel, Long> {}
