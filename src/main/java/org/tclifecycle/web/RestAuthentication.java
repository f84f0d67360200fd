package org.tclifecycle.web;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Camunda's REST API is open by default; this requires HTTP Basic against the Camunda identity store for it, our API
 * and its docs (and lets a browser signed in to the webapps read our API: {@link WebappSessionOrBasicAuthentication}).
 */
@Configuration
class RestAuthentication {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.setName("engine-rest-authentication");
    registration.addUrlPatterns("/engine-rest/*", "/api/*");
    // every form of the OpenAPI document (/v3/api-docs, /v3/api-docs.yaml, /v3/api-docs/swagger-config), Swagger UI, metrics
    registration.addUrlPatterns(AccessToDocsAndMetrics.URL_PATTERNS);
    registration.setOrder(WebFilters.AUTHENTICATION);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        WebappSessionOrBasicAuthentication.class.getName());
    return registration;
  }
}
