package org.tclifecycle.operations;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Session settings for every PostgreSQL connection of the pool (bench/query-plans/README.md has the plans behind them):
 * <ul>
 *   <li>{@code plan_cache_mode=force_custom_plan}: the engine's statements are prepared, and after five runs PostgreSQL
 *   may keep one generic plan that ignores the values. For Tasklist's group task query the generic plan guesses that
 *   the authorization join yields one row and scans every grant for every task: 4.4 s with 5,000 open tasks, against
 *   a plan per call that follows the grant index.</li>
 *   <li>{@code jit=off}: the same query's estimated cost is high enough for PostgreSQL to compile it (0.7 s of
 *   compilation for a query that runs in 90 ms). Our queries are short transactions, where JIT only costs.</li>
 * </ul>
 * A URL that sets {@code options} itself keeps its own.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

  static final String OPTIONS = "-c plan_cache_mode=force_custom_plan -c jit=off";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
        && !pool.getJdbcUrl().contains("options=") && !pool.getDataSourceProperties().containsKey("options")) {
      pool.addDataSourceProperty("options", OPTIONS);
    }
    return bean;
  }
}
