package org.tclifecycle.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Renders e-mails from Mustache templates in the recipient's language ({@code mail/messages_<lang>.properties}
 * for each kind's subject and introduction, {@code mail/layout.txt.mustache} and {@code layout.html.mustache}
 * around them). In the HTML body every value is escaped, so a State's or officer's free text stays text.
 */
@Component
public class MailTemplates {

  public static final Set<String> LANGUAGES = Set.of("en", "fr");
  public static final String DEFAULT_LANGUAGE = "en";

  private final Mustache.Compiler html = Mustache.compiler().defaultValue("").emptyStringIsFalse(true);
  private final Mustache.Compiler text = html.escapeHTML(false);
  private final Template textLayout = text.compile(resource("mail/layout.txt.mustache"));
  private final Template htmlLayout = html.compile(resource("mail/layout.html.mustache"));
  private final Map<String, Properties> wording = new ConcurrentHashMap<>();

  /** The language used for a recipient who stated this one (unknown or missing: English). */
  public static String language(String requested) {
    String lang = requested == null ? "" : requested.trim().toLowerCase(Locale.ROOT);
    return LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
  }

  /** A day as the recipient's language writes it in full ("14 December 2026", "14 décembre 2026"). */
  public static String date(java.time.temporal.TemporalAccessor day, String language) {
    return java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
        .withLocale(Locale.forLanguageTag(language(language))).format(day);
  }

  /** Whether this text is an address e-mail can go to (what a request's contact e-mail must be). */
  public static boolean isAddress(String text) {
    return text != null && text.matches(org.tclifecycle.project.CooperationRequest.EMAIL);
  }

  /**
   * Renders a message of this kind. The values (task, project, state, due, link, note, name, items...) are
   * plain text; {@code items} is a list of maps with task, project, state, due and link.
   */
  public MailMessage render(Notification.Kind kind, String language, Map<String, ?> values) {
    String lang = language(language);
    Properties words = wording.computeIfAbsent(lang, MailTemplates::wordingOf);
    Map<String, Object> model = new HashMap<>(values);
    model.put("lang", lang);
    model.put("labels", labels(words));
    model.put("hasItems", values.get("items") instanceof List<?> items && !items.isEmpty());
    String subject = text.compile(words.getProperty(kind + ".subject")).execute(model).strip();
    model.put("subject", subject);
    model.put("greeting", values.get("name") == null ? "" : text.compile(words.getProperty("greeting")).execute(model));
    Map<String, Object> textModel = new HashMap<>(model);
    textModel.put("intro", text.compile(words.getProperty(kind + ".intro")).execute(model));
    Map<String, Object> htmlModel = new HashMap<>(model);
    htmlModel.put("greeting", html.compile(words.getProperty("greeting")).execute(model));
    htmlModel.put("intro", html.compile(words.getProperty(kind + ".intro")).execute(model));
    return new MailMessage(subject, textLayout.execute(textModel).strip() + "\n", htmlLayout.execute(htmlModel));
  }

  private static Map<String, String> labels(Properties words) {
    Map<String, String> labels = new HashMap<>();
    for (String key : words.stringPropertyNames()) {
      if (key.startsWith("labels.")) {
        labels.put(key.substring("labels.".length()), words.getProperty(key));
      }
    }
    return labels;
  }

  private static Properties wordingOf(String lang) {
    Properties words = new Properties();
    try (Reader reader = resource("mail/messages_" + lang + ".properties")) {
      words.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }

  private static Reader resource(String path) {
    InputStream in = MailTemplates.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("missing mail template " + path);
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
