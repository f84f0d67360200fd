package org.tclifecycle.identity;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Marks the requests that reach the engine through Camunda's REST API or its webapps, for {@link EngineClientGuard}. */
final class EngineClientRequests implements Filter {

  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  static boolean active() {
    return Boolean.TRUE.equals(ACTIVE.get());
  }

  @Configuration
  static class Registration {
    @Bean
    FilterRegistrationBean<EngineClientRequests> engineClientRequestsFilter() {
      FilterRegistrationBean<EngineClientRequests> registration = new FilterRegistrationBean<>(new EngineClientRequests());
      registration.setName("engine-client-requests");
      registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
      return registration;
    }
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
    ACTIVE.set(Boolean.TRUE);
    try {
      chain.doFilter(request, response);
    } finally {
      ACTIVE.remove();
    }
  }
}
