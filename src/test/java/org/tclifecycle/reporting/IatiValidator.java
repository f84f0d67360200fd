package org.tclifecycle.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * What the IATI Validator checks beyond our own assertions, run on an exported file: the 2.03 schema
 * ({@link IatiSchema}), every coded attribute against its IATI codelist (src/test/resources/iati/codelists,
 * Currency from the application's copy; a withdrawn code fails like an unknown one), one narrative per language
 * in each element (a narrative without {@code xml:lang} is in the activity's default language), and every rule
 * of IATI's ruleset {@code standard.json} (src/test/resources/iati/rulesets, source in SOURCE.md) that applies
 * to the file.
 *
 * <p>Rules are read from the JSON and evaluated with XPath 1.0 in their context elements. Two readings
 * follow IATI's guidance where the ruleset's text is terse: an {@code atleast_one} case whose paths name a
 * child of an optional element ({@code transaction/provider-org/@ref}) applies only where that element is
 * used ("when used, then either @ref or narrative MUST be present"); the ruleset's {@code @lang} and
 * {@code @xml-lang} mean the XML attribute {@code xml:lang}.
 */
final class IatiValidator {

  /** What one run found: every problem (an error or a warning, we publish neither) and the rule cases that applied. */
  record Report(List<String> problems, Set<String> rulesApplied, int codedValuesChecked) {}

  /** Coded attributes of what we publish and the codelist each takes its values from. */
  private static final Map<String, String> CODED = new LinkedHashMap<>();
  static {
    CODED.put("//activity-status/@code", "ActivityStatus");
    CODED.put("//activity-date/@type", "ActivityDateType");
    CODED.put("//budget/@type", "BudgetType");
    CODED.put("//budget/@status", "BudgetStatus");
    CODED.put("//participating-org/@role", "OrganisationRole");
    CODED.put("//reporting-org/@type | //participating-org/@type | //provider-org/@type | //receiver-org/@type", "OrganisationType");
    CODED.put("//transaction-type/@code", "TransactionType");
    CODED.put("//result/@type", "ResultType");
    CODED.put("//indicator/@measure", "IndicatorMeasure");
    CODED.put("//iati-activity/description/@type", "DescriptionType");
    CODED.put("//sector/@vocabulary", "SectorVocabulary");
    CODED.put("//iati-activity/@default-currency | //@currency", "Currency");
    CODED.put("/iati-activities/@version", "Version");
    CODED.put("//tag/@vocabulary", "TagVocabulary");
    CODED.put("//tag[@vocabulary = '3']/@code", "UNSDG-Targets");
    CODED.put("//recipient-country/@code", "Country");
    CODED.put("//sector[not(@vocabulary) or @vocabulary = '1']/@code", "Sector");
    CODED.put("//@xml:lang", "Language");
  }

  private static final JsonNode RULESET = ruleset();
  private static final Map<String, Set<String>> CODELISTS = new HashMap<>();

  private IatiValidator() {}

  static Report check(String xml) throws Exception {
    List<String> problems = new ArrayList<>();
    try {
      IatiSchema.validate(xml);
    } catch (org.xml.sax.SAXException e) {
      problems.add("schema: " + e.getMessage());
    }
    Document document = parse(xml);
    XPath xpath = xpath();
    int checked = 0;
    for (Map.Entry<String, String> coded : CODED.entrySet()) {
      NodeList values = (NodeList) xpath.evaluate(coded.getKey(), document, XPathConstants.NODESET);
      for (int i = 0; i < values.getLength(); i++) {
        checked++;
        String value = values.item(i).getNodeValue();
        if (!codelist(coded.getValue()).contains(value)) {
          problems.add("codelist " + coded.getValue() + ": '" + value + "' at " + path(values.item(i)) + " is not an active code");
        }
      }
    }
    NodeList narratives = (NodeList) xpath.evaluate("//narrative[normalize-space(.) = '']", document, XPathConstants.NODESET);
    for (int i = 0; i < narratives.getLength(); i++) {
      problems.add("narrative: empty at " + path(narratives.item(i)));
    }
    NodeList described = (NodeList) xpath.evaluate("//*[narrative]", document, XPathConstants.NODESET);
    for (int i = 0; i < described.getLength(); i++) {
      Set<String> languages = new TreeSet<>();
      for (String language : languages((Element) described.item(i), xpath)) {
        if (!languages.add(language)) {
          problems.add("narrative: two narratives in '" + language + "' at " + path(described.item(i)));
        }
      }
    }
    Set<String> applied = new TreeSet<>();
    for (Iterator<Map.Entry<String, JsonNode>> contexts = RULESET.fields(); contexts.hasNext(); ) {
      Map.Entry<String, JsonNode> context = contexts.next();
      NodeList elements = (NodeList) xpath.evaluate(context.getKey(), document, XPathConstants.NODESET);
      for (int i = 0; i < elements.getLength(); i++) {
        new Rules(xpath, (Element) elements.item(i), context.getKey(), problems, applied).run(context.getValue());
      }
    }
    return new Report(problems, applied, checked);
  }

  /** The rules of one context element. */
  private record Rules(XPath xpath, Element element, String context, List<String> problems, Set<String> applied) {

    void run(JsonNode rules) throws Exception {
      for (Iterator<Map.Entry<String, JsonNode>> named = rules.fields(); named.hasNext(); ) {
        Map.Entry<String, JsonNode> rule = named.next();
        int index = 0;
        for (JsonNode test : rule.getValue().get("cases")) {
          String id = context + " " + rule.getKey() + "[" + index++ + "]";
          if (rule.getKey().equals("loop")) {
            loop(test, id);
          } else {
            apply(rule.getKey(), test, id);
          }
        }
      }
    }

    private void apply(String rule, JsonNode test, String id) throws XPathExpressionException {
      if (test.has("condition") && !bool(test.get("condition").asText())) {
        return;
      }
      boolean passes = switch (rule) {
        case "atleast_one" -> atLeastOne(test, id);
        case "one_or_all" -> oneOrAll(test, id);
        case "only_one_of" -> onlyOneOf(test, id);
        case "date_now" -> dates(test.get("date")).stream().allMatch(date -> applied(id) && !date.isAfter(LocalDate.now(ZoneOffset.UTC)));
        case "date_order" -> dateOrder(test, id);
        case "time_limit" -> timeLimit(test, id);
        case "regex_matches" -> values(test.get("paths")).stream().allMatch(value -> applied(id) && value.matches(test.get("regex").asText()));
        case "sum", "strict_sum" -> sum(test, id);
        case "no_percent" -> values(test.get("paths")).stream().allMatch(value -> applied(id) && !value.contains("%"));
        case "if_then" -> !bool(test.get("if").asText()) || applied(id) && bool(test.get("then").asText());
        case "range" -> values(test.get("paths")).stream().allMatch(value -> applied(id) && Double.parseDouble(value) >= test.get("min").asDouble());
        case "between_dates" -> betweenDates(test, id);
        default -> throw new IllegalStateException("ruleset rule not implemented: " + rule);
      };
      if (!passes) {
        problems.add("ruleset " + id + " fails on " + path(element) + ": " + test);
      }
    }

    private void loop(JsonNode test, String id) throws Exception {
      for (String value : new TreeSet<>(values(test.get("foreach")))) {
        applied(id);
        for (Iterator<Map.Entry<String, JsonNode>> named = test.get("do").fields(); named.hasNext(); ) {
          Map.Entry<String, JsonNode> rule = named.next();
          for (JsonNode inner : rule.getValue().get("cases")) {
            JsonNode substituted = new ObjectMapper().readTree(inner.toString().replace("$1", value));
            apply(rule.getKey(), substituted, id + " " + value);
          }
        }
      }
    }

    private boolean atLeastOne(JsonNode test, String id) throws XPathExpressionException {
      boolean used = false;
      boolean present = false;
      for (JsonNode path : test.get("paths")) {
        String p = lang(path.asText());
        int step = lastStep(p);
        used |= step < 0 || bool("count(" + p.substring(0, step) + ") > 0");
        present |= bool("count(" + p + ") > 0");
      }
      return !used || applied(id) && present;
    }

    private boolean oneOrAll(JsonNode test, String id) throws XPathExpressionException {
      applied(id);
      String one = lang(test.get("one").asText());
      if (bool("count(" + one + ") > 0")) {
        return true;
      }
      return switch (test.get("all").asText()) {
        case "lang" -> bool("count(.//narrative[not(@xml:lang)]) = 0");
        case "currency" -> bool("count(.//value[not(@currency)]) = 0");
        case "sector" -> bool("count(transaction[not(sector)]) = 0");
        default -> throw new IllegalStateException("one_or_all: " + test);
      };
    }

    private boolean onlyOneOf(JsonNode test, String id) throws XPathExpressionException {
      for (JsonNode excluded : test.get("excluded")) {
        if (bool("count(" + excluded.asText() + ") > 0")) {
          applied(id);
          for (JsonNode path : test.get("paths")) {
            if (bool("count(" + path.asText() + ") > 0")) {
              return false;
            }
          }
        }
      }
      return true;
    }

    private boolean dateOrder(JsonNode test, String id) throws XPathExpressionException {
      List<LocalDate> less = dates(test.get("less"));
      List<LocalDate> more = test.get("more").asText().equals("NOW") ? List.of(LocalDate.now(ZoneOffset.UTC)) : dates(test.get("more"));
      if (less.isEmpty() || more.isEmpty()) {
        return true;
      }
      applied(id);
      return less.stream().allMatch(l -> more.stream().allMatch(m -> !l.isAfter(m)));
    }

    private boolean timeLimit(JsonNode test, String id) throws XPathExpressionException {
      NodeList starts = nodes(test.get("start").asText());
      NodeList ends = nodes(test.get("end").asText());
      for (int i = 0; i < Math.min(starts.getLength(), ends.getLength()); i++) {
        applied(id);
        if (ChronoUnit.DAYS.between(date(starts.item(i).getNodeValue()), date(ends.item(i).getNodeValue())) > 365) {
          return false;
        }
      }
      return true;
    }

    private boolean betweenDates(JsonNode test, String id) throws XPathExpressionException {
      List<LocalDate> dates = dates(test.get("date"));
      List<LocalDate> start = dates(test.get("start"));
      List<LocalDate> end = dates(test.get("end"));
      if (dates.isEmpty() || start.isEmpty() || end.isEmpty()) {
        return true;
      }
      applied(id);
      return dates.stream().allMatch(d -> !d.isBefore(start.get(0)) && !d.isAfter(end.get(0)));
    }

    private boolean sum(JsonNode test, String id) throws XPathExpressionException {
      List<String> values = values(test.get("paths"));
      if (values.isEmpty()) {
        return true;
      }
      applied(id);
      return Math.abs(values.stream().mapToDouble(Double::parseDouble).sum() - test.get("sum").asDouble()) < 1e-9;
    }

    private boolean applied(String id) {
      applied.add(id);
      return true;
    }

    private List<String> values(JsonNode paths) throws XPathExpressionException {
      List<String> values = new ArrayList<>();
      for (JsonNode path : paths.isArray() ? paths : List.of(paths)) {
        NodeList nodes = nodes(path.asText());
        for (int i = 0; i < nodes.getLength(); i++) {
          values.add(nodes.item(i).getNodeType() == Node.ELEMENT_NODE ? nodes.item(i).getTextContent().trim() : nodes.item(i).getNodeValue());
        }
      }
      return values;
    }

    private List<LocalDate> dates(JsonNode path) throws XPathExpressionException {
      return values(path).stream().map(IatiValidator::date).toList();
    }

    private NodeList nodes(String path) throws XPathExpressionException {
      return (NodeList) xpath.evaluate(lang(path), element, XPathConstants.NODESET);
    }

    private boolean bool(String expression) throws XPathExpressionException {
      return (Boolean) xpath.evaluate(lang(expression), element, XPathConstants.BOOLEAN);
    }
  }

  /** The language of each narrative of an element: its {@code xml:lang}, else its activity's (or file's) default language. */
  static List<String> languages(Element element, XPath xpath) throws XPathExpressionException {
    String fallback = (String) xpath.evaluate("(ancestor::*[@xml:lang])[last()]/@xml:lang", element, XPathConstants.STRING);
    List<String> languages = new ArrayList<>();
    NodeList narratives = (NodeList) xpath.evaluate("narrative", element, XPathConstants.NODESET);
    for (int i = 0; i < narratives.getLength(); i++) {
      String own = ((Element) narratives.item(i)).getAttributeNS(XMLConstants.XML_NS_URI, "lang");
      languages.add(own.isEmpty() ? fallback : own);
    }
    return languages;
  }

  /** Index of the last '/' outside predicates, -1 for a path of one step. */
  private static int lastStep(String path) {
    int depth = 0;
    int last = -1;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      depth += c == '[' ? 1 : c == ']' ? -1 : 0;
      last = c == '/' && depth == 0 ? i : last;
    }
    return last;
  }

  private static String lang(String path) {
    return path.replace("@xml-lang", "@xml:lang").replaceAll("@lang\\b", "@xml:lang");
  }

  private static LocalDate date(String value) {
    return value.length() > 10 ? OffsetDateTime.parse(value).toLocalDate() : LocalDate.parse(value);
  }

  private static String path(Node node) {
    StringBuilder path = new StringBuilder();
    for (Node n = node; n != null && n.getNodeType() != Node.DOCUMENT_NODE;
        n = n.getNodeType() == Node.ATTRIBUTE_NODE ? ((org.w3c.dom.Attr) n).getOwnerElement() : n.getParentNode()) {
      path.insert(0, "/" + (n.getNodeType() == Node.ATTRIBUTE_NODE ? "@" : "") + n.getNodeName());
    }
    return path.toString();
  }

  static synchronized Set<String> codelist(String name) throws Exception {
    if (!CODELISTS.containsKey(name)) {
      String resource = name.equals("Currency") ? "/iati/Currency.xml" : "/iati/codelists/" + name + ".xml";
      Set<String> codes = new TreeSet<>();
      try (InputStream in = IatiValidator.class.getResourceAsStream(resource)) {
        NodeList items = factory().newDocumentBuilder().parse(in).getElementsByTagName("codelist-item");
        for (int i = 0; i < items.getLength(); i++) {
          Element item = (Element) items.item(i);
          if (!"withdrawn".equals(item.getAttribute("status"))) {
            codes.add(item.getElementsByTagName("code").item(0).getTextContent().trim());
          }
        }
      }
      CODELISTS.put(name, codes);
    }
    return CODELISTS.get(name);
  }

  private static JsonNode ruleset() {
    try (InputStream in = IatiValidator.class.getResourceAsStream("/iati/rulesets/standard.json")) {
      return new ObjectMapper().readTree(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static Document parse(String xml) throws Exception {
    return factory().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  private static DocumentBuilderFactory factory() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    return factory;
  }

  static XPath xpath() {
    XPath xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return XMLConstants.XML_NS_PREFIX.equals(prefix) ? XMLConstants.XML_NS_URI : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return xpath;
  }
}
