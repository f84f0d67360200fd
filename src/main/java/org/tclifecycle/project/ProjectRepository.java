package org.tclifecycle.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ProjectRepository extends JpaRepository<Project, Long>, JpaSpecificationExecutor<Project> {

  Optional<Project> findByBusinessKey(String businessKey);

  List<Project> findByCountryCodeOrderByBusinessKeyAsc(String countryCode);

  List<Project> findByThematicAreaOrderByBusinessKeyAsc(ThematicArea thematicArea);
}
