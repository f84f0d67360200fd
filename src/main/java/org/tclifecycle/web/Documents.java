package org.tclifecycle.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.HtmlUtils;
import org.tclifecycle.i18n.StateNames;

/** Reports as documents: HTML shown in the browser, the same HTML as PDF, tables as CSV downloads. */
public final class Documents {

  public static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
  public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
  private static final CsvMapper CSV_MAPPER = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

  /**
   * One style for every report, on screen and in the PDF: readable line length, tables with a shaded header row and
   * rules between rows, a project number never broken over lines ({@code class="key"}); dark text on white (contrast
   * above 7:1).
   */
  private static final String STYLE = "body{font-family:'Liberation Sans',sans-serif;font-size:11pt;line-height:1.4;color:#1a1a1a;"
      + "max-width:60em;margin:1.5em auto;padding:0 1em}h1{font-size:17pt;color:#0b3d63;margin-bottom:.3em}"
      + "h2{font-size:13pt;color:#0b3d63;border-bottom:1px solid #0b3d63;padding-bottom:2px;margin-top:1.4em}"
      + "table{border-collapse:collapse;width:100%;margin:.5em 0 1em}th{background:#e6eef5;font-weight:bold}"
      + "td,th{border:1px solid #8a9aa8;padding:4px 6px;text-align:left;vertical-align:top}tr:nth-child(even) td{background:#f6f8fa}"
      + ".key{white-space:nowrap}.late{color:#a00000}"
      + "@page{size:A4;margin:18mm 15mm}@media print{body{max-width:none;margin:0;padding:0}}";
  /** The PDF's font, embedded (a tagged PDF for screen readers may not rely on a reader's own fonts): PDFBox ships it. */
  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

  private Documents() {}

  public static String escape(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }

  /** The start of a printable HTML page (openhtmltopdf renders the same page to PDF); close it with {@code </body></html>}. */
  public static StringBuilder page(String title) {
    return page(title, Locale.ENGLISH);
  }

  /** The start of a printable HTML page in the language (its {@code lang} attribute). */
  public static StringBuilder page(String title, Locale language) {
    return new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(escape(language.toLanguageTag())).append("\"><head><meta charset=\"UTF-8\" />")
        .append("<title>").append(escape(title)).append("</title>")
        .append("<style>").append(STYLE).append("</style></head><body>\n");
  }

  /** A State's name in the language ("Sénégal"), from its ISO 3166-1 code; the code itself if unknown. */
  public static String countryName(String countryCode, Locale language) {
    return StateNames.of(countryCode, language);
  }

  /** A number as the language writes it: 1,234.5 in English, 1 234,5 in French. */
  public static String number(BigDecimal value, Locale language) {
    NumberFormat format = NumberFormat.getNumberInstance(language);
    format.setMaximumFractionDigits(Math.max(0, value.stripTrailingZeros().scale()));
    // a no-break space rather than French's narrow one, which the PDF's standard fonts lack
    return format.format(value).replace('\u202F', '\u00A0');
  }

  public static ResponseEntity<String> html(String fileName, String html) {
    return ResponseEntity.ok().contentType(HTML).header("Content-Disposition", "inline; filename=\"" + fileName + "\"").body(html);
  }

  public static ResponseEntity<byte[]> pdf(String fileName, String html) {
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder renderer = new PdfRendererBuilder();
    renderer.useFastMode();
    // tagged (PDF/UA): headings, tables and reading order for screen readers; title and language from the page
    renderer.usePdfUaAccessbility(true);
    for (String family : List.of("Liberation Sans", "sans-serif")) {
      for (int weight : List.of(400, 700)) {
        renderer.useFont(() -> Documents.class.getResourceAsStream(FONT), family, weight, BaseRendererBuilder.FontStyle.NORMAL, true);
      }
    }
    renderer.withHtmlContent(html, null);
    renderer.toStream(pdf);
    try {
      renderer.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(pdf.toByteArray());
  }

  /**
   * A CSV file with a header row. Cells that a spreadsheet would run as a formula (starting with =, +, -,
   * @, tab or carriage return, OWASP's list) are prefixed with an apostrophe: the texts come from partners
   * and must stay inert. Every CSV the application emits goes through here.
   */
  public static ResponseEntity<String> csv(String fileName, List<String> header, List<List<String>> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(header.stream().map(Documents::inert).toArray(String[]::new));
    rows.forEach(row -> lines.add(row.stream().map(Documents::inert).toArray(String[]::new)));
    try {
      String body = CSV_MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValueAsString(lines);
      return ResponseEntity.ok().contentType(CSV).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").body(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A plain number (a negative amount, a signed count) is not a formula and stays as it is. */
  private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("[-+]?\\d+(\\.\\d+)?");

  /** The cell as a spreadsheet shows it as text: a leading formula character is escaped with an apostrophe. */
  static String inert(String cell) {
    if (cell == null) {
      return "";
    }
    boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
    return formula && !PLAIN_NUMBER.matcher(cell).matches() ? "'" + cell : cell;
  }
}
