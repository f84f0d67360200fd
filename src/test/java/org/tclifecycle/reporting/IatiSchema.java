package org.tclifecycle.reporting;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The official IATI 2.03 activity schema (src/test/resources/iati, see SOURCE.md there). */
public final class IatiSchema {

  private static final Schema SCHEMA = load();

  private IatiSchema() {}

  private static Schema load() {
    try {
      return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
          .newSchema(IatiSchema.class.getResource("/iati/iati-activities-schema.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Throws, naming line and column, when the document does not validate. */
  public static void validate(String xml) throws SAXException, IOException {
    SCHEMA.newValidator().validate(new StreamSource(new StringReader(xml)));
  }
}
