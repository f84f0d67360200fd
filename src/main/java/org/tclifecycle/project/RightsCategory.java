package org.tclifecycle.project;

import java.util.Collection;
import java.util.EnumSet;

/** Rights categories of resolution 21/21 §7; civil and political rights form one family, the others the second. */
public enum RightsCategory {
  CIVIL, POLITICAL, ECONOMIC, SOCIAL, CULTURAL;

  public static EnumSet<RightsCategory> setOf(Collection<RightsCategory> categories) {
    EnumSet<RightsCategory> set = EnumSet.noneOf(RightsCategory.class);
    set.addAll(categories);
    return set;
  }
}
