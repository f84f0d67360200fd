package org.tclifecycle.design;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.RightsCategory;

/**
 * The two families of rights (resolution 21/21 §7) a project addresses, from its record, as inputs of the
 * {@code rights-balance} decision ({@code ${rightsFamilies...}} in the model).
 */
@Component("rightsFamilies")
public class RightsFamilies {

  private static final Set<RightsCategory> CIVIL_POLITICAL = EnumSet.of(RightsCategory.CIVIL, RightsCategory.POLITICAL);

  private final ProjectService projects;

  RightsFamilies(ProjectService projects) {
    this.projects = projects;
  }

  public boolean civilOrPolitical(Number projectId) {
    return projects.get(projectId.longValue()).getRightsCategories().stream().anyMatch(CIVIL_POLITICAL::contains);
  }

  public boolean economicSocialOrCultural(Number projectId) {
    return projects.get(projectId.longValue()).getRightsCategories().stream().anyMatch(c -> !CIVIL_POLITICAL.contains(c));
  }
}
