package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * CSV injection: every CSV we emit (State report, good-practice library) goes through {@link Documents#csv}.
 * The payloads are OWASP's "CSV Injection" examples (owasp.org/www-community/attacks/CSV_Injection).
 */
class CsvNeutralisationTest {

  static List<List<String>> parse(String body) throws Exception {
    try (MappingIterator<List<String>> rows = new CsvMapper().readerForListOf(String.class)
        .with(CsvParser.Feature.WRAP_AS_ARRAY).readValues(body)) {
      return rows.readAll();
    }
  }

  @Test
  void everyCellThatASpreadsheetWouldRunAsAFormulaIsMadeText() throws Exception {
    List<String> hostile = List.of("=1+1", "+1+cmd|' /C calc'!A0", "-2+3+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1", "\r=1+1");
    String body = Documents.csv("x.csv", List.of("Evidence"), hostile.stream().map(List::of).toList()).getBody();
    List<List<String>> rows = parse(body);
    assertThat(rows.subList(1, rows.size())).extracting(row -> row.get(0))
        .containsExactly("'=1+1", "'+1+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0",
            "'\t=1+1", "'\r=1+1");
  }

  @Test
  void plainNumbersAndOrdinaryTextStayAsTheyAre() throws Exception {
    String body = Documents.csv("x.csv", List.of("Amount", "Evidence"),
        List.of(List.of("-1500.50", "Bail guidelines adopted - see annex"), List.of("+3", "16.3"))).getBody();
    assertThat(parse(body).subList(1, 3)).containsExactly(List.of("-1500.50", "Bail guidelines adopted - see annex"), List.of("+3", "16.3"));
  }

  @Test
  void aHeaderIsNeutralisedToo() throws Exception {
    String body = Documents.csv("x.csv", List.of("-cmd"), List.of()).getBody();
    assertThat(parse(body).get(0)).containsExactly("'-cmd");
  }
}
