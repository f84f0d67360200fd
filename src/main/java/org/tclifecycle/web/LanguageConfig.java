package org.tclifecycle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;
import org.camunda.bpm.engine.TaskService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.tclifecycle.i18n.Languages;

/** The caller's language for Spring MVC ({@code Locale} parameters, MessageSource) and for deployed forms. */
@Configuration
class LanguageConfig {

  /** Before the hardening filters, after Spring's RequestContextFilter: their refusals speak the caller's language too. */
  static final int CALLER_LANGUAGE = 5;
  /** After authentication and the role checks (WebFilters): only the answer's text changes. */
  static final int FORM_TRANSLATION = 50;

  @Bean
  FilterRegistrationBean<EngineResponseTranslation> engineResponseTranslation() {
    FilterRegistrationBean<EngineResponseTranslation> registration = new FilterRegistrationBean<>(new EngineResponseTranslation());
    registration.setName("engine-response-translation");
    registration.addUrlPatterns(EngineResponseTranslation.URL_PATTERNS);
    registration.setOrder(FORM_TRANSLATION);
    return registration;
  }

  /** A task's variables hold the text the server wrote for its form in the caller's language (i18n/LanguageVariables). */
  @Bean
  FilterRegistrationBean<LanguageVariablesInAnswers> languageVariablesInAnswers(ObjectProvider<TaskService> tasks) {
    FilterRegistrationBean<LanguageVariablesInAnswers> registration = new FilterRegistrationBean<>(new LanguageVariablesInAnswers(tasks::getObject));
    registration.setName("language-variables-in-answers");
    registration.addUrlPatterns(EngineResponseTranslation.URL_PATTERNS);
    registration.setOrder(FORM_TRANSLATION);
    return registration;
  }

  /** Camunda's variable queries show no language copy of a variable (i18n/LanguageVariables). */
  @Bean
  FilterRegistrationBean<LanguageVariablesInQueries> languageVariablesInQueries() {
    FilterRegistrationBean<LanguageVariablesInQueries> registration = new FilterRegistrationBean<>(new LanguageVariablesInQueries());
    registration.setName("language-variables-in-queries");
    registration.addUrlPatterns(EngineResponseTranslation.URL_PATTERNS);
    registration.setOrder(FORM_TRANSLATION);
    return registration;
  }

  /**
   * Every request runs in its caller's language, the engine's work for Camunda's REST API and Tasklist
   * included: Bean Validation's messages follow it (Spring's LocaleContextHolder).
   */
  @Bean
  FilterRegistrationBean<OncePerRequestFilter> callerLanguage() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        LocaleContext previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(Languages.of(request));
        try {
          chain.doFilter(request, response);
        } finally {
          LocaleContextHolder.setLocaleContext(previous);
        }
      }
    });
    registration.setName("caller-language");
    registration.addUrlPatterns("/*");
    registration.setOrder(CALLER_LANGUAGE);
    return registration;
  }

  @Bean
  LocaleResolver localeResolver() {
    return new LocaleResolver() {
      @Override
      public Locale resolveLocale(HttpServletRequest request) {
        return Languages.of(request);
      }

      @Override
      public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        throw new UnsupportedOperationException("The language is chosen per request: ?lang= or Accept-Language");
      }
    };
  }
}
