package org.tclifecycle.portfolio;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.springframework.stereotype.Component;

/** Links that open one of the product's Tasklist filters, found by name (identity/GroupsAndFilters creates them at startup). */
@Component
class TasklistFilterLinks {

  static final String TASKLIST = "/camunda/app/tasklist/default/#/";

  private final FilterService filters;

  TasklistFilterLinks(FilterService filters) {
    this.filters = filters;
  }

  /** The filter's link, or Tasklist's first page when the reader sees no filter of that name (an administrator removed it). */
  String link(String filterName) {
    Filter filter = filters.createFilterQuery().filterName(filterName).listPage(0, 1).stream().findFirst().orElse(null);
    return filter == null ? TASKLIST : TASKLIST + "?filter=" + filter.getId();
  }
}
