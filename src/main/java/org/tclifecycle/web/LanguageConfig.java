package org.tclifecycle.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.tclifecycle.i18n.Languages;

/** The caller's language for Spring MVC ({@code Locale} parameters, MessageSource) and for deployed forms. */
@Configuration
class LanguageConfig {

  /** After authentication and the role checks (WebFilters): only the answer's text changes. */
  static final int FORM_TRANSLATION = 50;

  @Bean
  FilterRegistrationBean<DeployedFormTranslation> deployedFormTranslation() {
    FilterRegistrationBean<DeployedFormTranslation> registration = new FilterRegistrationBean<>(new DeployedFormTranslation());
    registration.setName("deployed-form-translation");
    registration.addUrlPatterns(DeployedFormTranslation.URL_PATTERNS);
    registration.setOrder(FORM_TRANSLATION);
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
