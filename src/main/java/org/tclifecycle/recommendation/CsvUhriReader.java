package org.tclifecycle.recommendation;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.RuntimeJsonMappingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A UHRI export as CSV: a header row with the JSON field names, one record per row; a cell of a
 * multi-valued field (Countries, Themes, Sdgs...) separates its values with {@value #SEPARATOR}.
 */
class CsvUhriReader implements UhriReader {

  static final String SEPARATOR = "|";

  private final MappingIterator<Map<String, String>> rows;
  private int index = -1;

  CsvUhriReader(InputStream in) throws IOException {
    CsvMapper mapper = CsvMapper.builder().enable(CsvParser.Feature.FAIL_ON_MISSING_HEADER_COLUMNS).build();
    this.rows = mapper.readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(in);
  }

  @Override
  public RawRecord next() throws MalformedExport {
    try {
      if (!rows.hasNextValue()) {
        return null;
      }
      index++;
      Map<String, List<String>> fields = new LinkedHashMap<>();
      rows.nextValue().forEach((name, cell) -> fields.put(name, UhriFields.LISTS.contains(name) ? split(cell) : single(cell)));
      return new RawRecord(index, fields);
    } catch (IOException | RuntimeJsonMappingException e) {
      throw new MalformedExport(Math.max(index, 0), "uhri.problem.invalidCsv", e.getMessage().lines().findFirst().orElse(""));
    }
  }

  private static List<String> single(String cell) {
    return cell == null || cell.isBlank() ? List.of() : List.of(cell);
  }

  private static List<String> split(String cell) {
    if (cell == null || cell.isBlank()) {
      return List.of();
    }
    return Arrays.stream(cell.split("\\" + SEPARATOR)).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  @Override
  public void close() throws IOException {
    rows.close();
  }
}
