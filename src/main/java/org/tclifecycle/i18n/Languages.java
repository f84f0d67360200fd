package org.tclifecycle.i18n;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The languages the product speaks: English, the language of the forms' own text, and every language
 * with a forms bundle {@code i18n/forms_<lang>.properties}. Adding a language is adding its files.
 * A caller picks one with {@code ?lang=fr}, else with its Accept-Language header (the browser's
 * language); anything else reads in English.
 */
public final class Languages {

  public static final Locale DEFAULT = Locale.ENGLISH;
  private static final List<Locale> OFFERED = discover();

  private Languages() {}

  /** English first, then the other offered languages in alphabetical order of their codes. */
  public static List<Locale> offered() {
    return OFFERED;
  }

  /**
   * The language of the caller whose request this thread serves (a REST call, Tasklist submitting a form),
   * else English: the job executor and other background work speak English.
   */
  public static Locale current() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      return of(attributes.getRequest());
    }
    return DEFAULT;
  }

  /** The offered language a caller asks for: {@code lang} parameter, else Accept-Language, else English. */
  public static Locale of(HttpServletRequest request) {
    // from the query string only: reading parameters would consume a form-encoded body (Camunda's login)
    String lang = request.getQueryString() == null ? null
        : UriComponentsBuilder.newInstance().query(request.getQueryString()).build().getQueryParams().getFirst("lang");
    if (lang != null && !lang.isBlank()) {
      return offeredOrDefault(lang.trim());
    }
    return ofAcceptLanguage(request.getHeader("Accept-Language"));
  }

  /** The offered language an Accept-Language header prefers most, else English. */
  public static Locale ofAcceptLanguage(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return DEFAULT;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      List<String> tags = OFFERED.stream().map(Locale::getLanguage).toList();
      String best = Locale.lookupTag(ranges, tags);
      return best == null ? DEFAULT : Locale.forLanguageTag(best);
    } catch (IllegalArgumentException malformed) {
      return DEFAULT;
    }
  }

  /** The offered language with this code ("fr", "fr-CA" and "FR" are French), else English. */
  public static Locale offeredOrDefault(String languageTag) {
    String language = Locale.forLanguageTag(languageTag.replace('_', '-')).getLanguage();
    return OFFERED.stream().filter(offered -> offered.getLanguage().equals(language)).findFirst().orElse(DEFAULT);
  }

  private static List<Locale> discover() {
    TreeSet<String> others = new TreeSet<>();
    try {
      for (Resource bundle : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/forms_*.properties")) {
        String name = bundle.getFilename();
        others.add(name.substring("forms_".length(), name.length() - ".properties".length()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Locale> offered = new ArrayList<>(List.of(DEFAULT));
    others.stream().map(Locale::forLanguageTag).filter(locale -> !locale.equals(DEFAULT)).forEach(offered::add);
    return List.copyOf(offered);
  }
}
