package org.tclifecycle.input;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The active codes of IATI's Currency codelist ({@code src/main/resources/iati/Currency.xml}, source in
 * SOURCE.md beside it): the only currencies a project, a progress report or a fund envelope may use, so
 * that every amount can be published to IATI.
 */
public final class IatiCurrencies {

  private static final Set<String> ACTIVE = load();

  private IatiCurrencies() {}

  public static boolean isActive(String code) {
    return ACTIVE.contains(code);
  }

  public static Set<String> active() {
    return ACTIVE;
  }

  private static Set<String> load() {
    try (InputStream in = IatiCurrencies.class.getResourceAsStream("/iati/Currency.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      NodeList items = factory.newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
      Set<String> codes = new TreeSet<>();
      for (int i = 0; i < items.getLength(); i++) {
        Element item = (Element) items.item(i);
        if (!"withdrawn".equals(item.getAttribute("status"))) {
          codes.add(item.getElementsByTagName("code").item(0).getTextContent().trim());
        }
      }
      return Set.copyOf(codes);
    } catch (IOException | ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("IATI Currency codelist unreadable", e);
    }
  }
}
