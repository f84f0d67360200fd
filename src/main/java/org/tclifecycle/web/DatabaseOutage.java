package org.tclifecycle.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tclifecycle.i18n.Languages;

/**
 * While the database is unreachable (or no connection frees up in time) our API and Camunda's REST API answer 503
 * with a problem body and a Retry-After, also when the outage strikes the authentication filter (the webapps' API
 * too, there: inside it, Camunda's own handler answers 500); the connection pool reconnects by itself afterwards.
 */
@Configuration
public class DatabaseOutage {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseOutage.class);

  static final String RETRY_AFTER_SECONDS = "10";

  private final ObjectProvider<DataSource> dataSource;

  DatabaseOutage(ObjectProvider<DataSource> dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Whether the database being out of reach explains a failure: by its causes, or, when a broken
   * connection hid the cause (a failed rollback reports only "connection is closed"), by asking the pool
   * for a working connection.
   */
  public boolean explains(Throwable failure) {
    if (isCause(failure)) {
      return true;
    }
    try (Connection connection = dataSource.getObject().getConnection()) {
      return !connection.isValid(2);
    } catch (SQLException unreachable) {
      return true;
    }
  }

  /**
   * Whether a failure is the database being out of reach rather than a fault of the request or the code;
   * SQL state class 08 is "connection exception" (a connection the outage broke mid-use).
   */
  static boolean isCause(Throwable failure) {
    boolean fromTheDatabase = false; // a refused connection counts only under a database failure, not a gateway's
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
          || cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
          || (cause instanceof ConnectException && fromTheDatabase)
          || (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08"))) {
        return true;
      }
      fromTheDatabase |= cause instanceof java.sql.SQLException || cause instanceof org.springframework.dao.DataAccessException;
    }
    return false;
  }

  /** The 503 problem in the caller's language. */
  static java.util.Map<String, Object> problem(Locale language) {
    return ProblemResponse.problem(language, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "problem.databaseUnreachable");
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseOutageFilter() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } catch (ServletException | RuntimeException failure) {
          if (response.isCommitted() || !explains(failure)) {
            throw failure;
          }
          LOG.warn("{} {} answered 503: the database is out of reach", request.getMethod(), request.getRequestURI(), failure);
          response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
          ProblemResponse.sendJson(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "application/problem+json",
              problem(Languages.of(request)));
        }
      }
    });
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
