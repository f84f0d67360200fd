package org.tclifecycle.web;

import jakarta.servlet.Filter;
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
  /** Bodies larger than the endpoint accepts are refused before they are read. */
  static final int REQUEST_SIZE = 15;
  /** Password guessing is slowed down before the password is checked. */
  static final int LOGIN_THROTTLE = 20;
  /** Camunda's HTTP Basic authentication ({@link RestAuthentication}). */
  static final int AUTHENTICATION = 30;
  /** Role checks that need the authenticated caller. */
  static final int AFTER_AUTHENTICATION = 40;

  @Bean
  FilterRegistrationBean<SameOriginCheck> sameOriginCheck() {
    return registration(new SameOriginCheck(), "same-origin-check", SAME_ORIGIN, SameOriginCheck.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<RequestSizeLimits> requestSizeLimits() {
    return registration(new RequestSizeLimits(), "request-size-limits", REQUEST_SIZE, RequestSizeLimits.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<LoginThrottle> loginThrottle(LoginAttempts attempts, LoginThrottleSettings settings) {
    return registration(new LoginThrottle(attempts, settings), "login-throttle", LOGIN_THROTTLE, LoginThrottle.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<EngineRestPaging> engineRestPaging() {
    return registration(new EngineRestPaging(), "engine-rest-paging", AFTER_AUTHENTICATION, EngineRestPaging.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<NulCharacters> nulCharacters(SubmittedForms forms) {
    return registration(new NulCharacters(forms), "nul-characters", AFTER_AUTHENTICATION, NulCharacters.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<RefusedFormsInWebapps> refusedFormsInWebapps() {
    return registration(new RefusedFormsInWebapps(), "refused-forms-in-webapps", AFTER_AUTHENTICATION, RefusedFormsInWebapps.URL_PATTERNS);
  }

  @Bean
  FilterRegistrationBean<AccessToDocsAndMetrics> accessToDocsAndMetrics(IdentityService identityService) {
    return registration(new AccessToDocsAndMetrics(identityService), "access-to-docs-and-metrics", AFTER_AUTHENTICATION, AccessToDocsAndMetrics.URL_PATTERNS);
  }

  private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, String name, int order, String[] urlPatterns) {
    FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(urlPatterns);
    registration.setOrder(order);
    return registration;
  }
}
