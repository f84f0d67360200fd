package org.tclifecycle.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The product's own sentences (refusals, report headings), by code, from the bundles
 * {@code i18n/messages.properties} (English) and {@code i18n/messages_<lang>.properties}; arguments are
 * placed with {@link MessageFormat} in the language's conventions. A code the language lacks reads in English.
 * French texts use the typographic apostrophe (’), which MessageFormat leaves alone.
 */
public final class Messages {

  public static final String BUNDLE = "i18n.messages";
  static final ResourceBundle.Control NO_SYSTEM_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** The sentence in the language of the current caller ({@link Languages#current()}). */
  public static String text(String code, Object... args) {
    return text(Languages.current(), code, args);
  }

  /** The sentence in the language. */
  public static String text(Locale language, String code, Object... args) {
    ResourceBundle bundle = bundle(BUNDLE, language);
    try {
      return new MessageFormat(bundle.getString(code), language).format(args);
    } catch (MissingResourceException unknown) {
      throw new IllegalArgumentException("No message " + code + " in " + BUNDLE, unknown);
    }
  }

  /**
   * One of the application's bundles in the language, falling back to its root (English) file and never to the
   * machine's own locale; a bundle the application lacks is a fault of the build.
   */
  static ResourceBundle bundle(String baseName, Locale language) {
    try {
      return ResourceBundle.getBundle(baseName, language, Messages.class.getClassLoader(), NO_SYSTEM_FALLBACK);
    } catch (MissingResourceException e) {
      throw new IllegalStateException("No bundle " + baseName, e);
    }
  }
}
