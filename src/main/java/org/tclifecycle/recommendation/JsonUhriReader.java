package org.tclifecycle.recommendation;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A UHRI JSON export: one array of objects, read with Jackson's streaming parser one object at a time. */
class JsonUhriReader implements UhriReader {

  private final JsonParser parser;
  private int index = -1;
  private boolean started;

  JsonUhriReader(InputStream in) throws IOException {
    this.parser = new JsonFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).createParser(in);
  }

  @Override
  public RawRecord next() throws IOException, MalformedExport {
    try {
      if (!started) {
        started = true;
        if (parser.nextToken() != JsonToken.START_ARRAY) {
          throw new MalformedExport(0, "uhri.problem.notJsonArray");
        }
      }
      JsonToken token = parser.nextToken();
      if (token == JsonToken.END_ARRAY) {
        return null;
      }
      index++;
      if (token != JsonToken.START_OBJECT) {
        throw new MalformedExport(index, "uhri.problem.notAnObject", token);
      }
      return new RawRecord(index, readObject());
    } catch (JsonProcessingException e) {
      // a limit of Jackson's (string length, nesting depth) may come without a location
      JsonLocation at = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
      throw new MalformedExport(Math.max(index, 0), "uhri.problem.invalidJson", at.getLineNr(), at.getColumnNr(), e.getOriginalMessage());
    }
  }

  private Map<String, List<String>> readObject() throws IOException, MalformedExport {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      List<String> values = new ArrayList<>();
      if (value == JsonToken.START_ARRAY) {
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          values.add(scalar(name));
        }
      } else if (value != JsonToken.VALUE_NULL) {
        values.add(scalar(name));
      }
      fields.put(name, values);
    }
    return fields;
  }

  private String scalar(String field) throws IOException, MalformedExport {
    if (parser.currentToken().isScalarValue()) {
      return parser.getValueAsString();
    }
    parser.skipChildren();
    throw new MalformedExport(index, "uhri.problem.notText", field);
  }

  @Override
  public void close() throws IOException {
    parser.close();
  }
}
