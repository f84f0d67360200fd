package org.tclifecycle.web;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The order of the web hardening filters around Camunda's authentication filter: who may call is decided
 * after the credentials are known.
 */
@Configuration
@EnableConfigurationProperties(LoginThrottleSettings.class)
class WebFilters {

  /** Cross-site requests are refused before anything else, credentials or not. */
  static final int SAME_ORIGIN = 10;
  /** Password guessing is slowed down before the password is checked. */
  static final int LOGIN_THROTTLE = 20;
  /** Camunda's HTTP Basic authentication ({@link RestAuthentication}). */
  static final int AUTHENTICATION = 30;
  /** Role checks that need the authenticated caller. */
  static final int AFTER_AUTHENTICATION = 40;

  @Bean
  FilterRegistrationBean<SameOriginCheck> sameOriginCheck() {
    FilterRegistrationBean<SameOriginCheck> registration = new FilterRegistrationBean<>(new SameOriginCheck());
    registration.setName("same-origin-check");
    registration.addUrlPatterns(SameOriginCheck.URL_PATTERNS);
    registration.setOrder(SAME_ORIGIN);
    return registration;
  }

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(LoginAttempts attempts, LoginThrottleSettings settings) {
    FilterRegistrationBean<LoginThrottle> registration = new FilterRegistrationBean<>(new LoginThrottle(attempts, settings));
    registration.setName("login-throttle");
    registration.addUrlPatterns(LoginThrottle.URL_PATTERNS);
    registration.setOrder(LOGIN_THROTTLE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<AccessToDocsAndMetrics> accessToDocsAndMetrics(IdentityService identityService) {
    FilterRegistrationBean<AccessToDocsAndMetrics> registration = new FilterRegistrationBean<>(new AccessToDocsAndMetrics(identityService));
    registration.setName("access-to-docs-and-metrics");
    registration.addUrlPatterns(AccessToDocsAndMetrics.URL_PATTERNS);
    registration.setOrder(AFTER_AUTHENTICATION);
    return registration;
  }
}
