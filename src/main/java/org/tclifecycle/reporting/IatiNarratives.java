package org.tclifecycle.reporting;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.tclifecycle.i18n.Labels;
import org.tclifecycle.i18n.Languages;
import org.tclifecycle.i18n.Messages;
import org.tclifecycle.web.Documents;

/**
 * The {@code narrative}s of the IATI file. What the product words (organisation and fund names, the recipient
 * country's name, the sector, SDG tags, transaction and indicator descriptions) is written once per offered
 * language from the messages bundles, each narrative with its {@code xml:lang}. What people typed (title,
 * descriptions, the requesting authority, objectives, indicator titles, comments) is written once, without a
 * language of its own: the product does not record the language a text was typed in, so it reads under the
 * activity's default language ({@link #DEFAULT_LANGUAGE}, {@code iati-activity/@xml:lang}).
 */
final class IatiNarratives {

  /** The activity's default language: the product's own default, English. */
  static final String DEFAULT_LANGUAGE = Languages.DEFAULT.getLanguage();
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  /** One text of the product in one language. */
  record Worded(Locale language, String text) {}

  /** Texts without arguments (organisation, fund and sector names), worded once per code. */
  private final Map<String, List<Worded>> fixed = new ConcurrentHashMap<>();

  /** A sentence of the messages bundles in every offered language. */
  List<Worded> message(String code, Object... args) {
    if (args.length == 0) {
      return fixed.computeIfAbsent(code, c -> inEveryLanguage(language -> Messages.text(language, c)));
    }
    return inEveryLanguage(language -> Messages.text(language, code, args));
  }

  /** The label of a constant ({@code label.<Enum>.<CONSTANT>}) in every offered language. */
  List<Worded> label(Enum<?> constant) {
    return fixed.computeIfAbsent("label." + constant.getDeclaringClass().getSimpleName() + "." + constant.name(),
        c -> inEveryLanguage(language -> Labels.of(constant, language)));
  }

  /** A State's name in every offered language ("Senegal", "Sénégal"). */
  List<Worded> country(String countryCode) {
    return fixed.computeIfAbsent("country." + countryCode, c -> inEveryLanguage(language -> Documents.countryName(countryCode, language)));
  }

  /** Any wording computed per language. */
  static List<Worded> inEveryLanguage(Function<Locale, String> wording) {
    return Languages.offered().stream().map(language -> new Worded(language, wording.apply(language))).toList();
  }

  /** The product's narratives, one per language, each with its {@code xml:lang}. */
  static void worded(XMLStreamWriter xml, List<Worded> texts) throws XMLStreamException {
    for (Worded text : texts) {
      xml.writeStartElement("narrative");
      xml.writeAttribute("xml", XML_NS, "lang", text.language().getLanguage());
      xml.writeCharacters(text.text());
      xml.writeEndElement();
    }
  }

  /** Text a person typed: one narrative, under the activity's default language. */
  static void typed(XMLStreamWriter xml, String text) throws XMLStreamException {
    xml.writeStartElement("narrative");
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  /** The activity's own {@code xml:lang}. */
  static void defaultLanguage(XMLStreamWriter xml) throws XMLStreamException {
    xml.writeAttribute("xml", XML_NS, "lang", DEFAULT_LANGUAGE);
  }
}
