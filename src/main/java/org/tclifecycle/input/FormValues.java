package org.tclifecycle.input;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.tclifecycle.i18n.Messages;

/**
 * Typed, tolerant reading of submitted form or message variables. Tasklist, REST clients and Java callers
 * send the same field in different shapes (Integer or Long, JSON array or list, ISO date string); this
 * turns each into one type and remembers a message for every value it cannot convert. Only fields
 * declared up front can be read, so a listener's declared fields are the fields it really reads.
 */
public final class FormValues {

  private final VariableScope scope;
  private final Set<String> declared;
  private final Map<String, String> errors = new LinkedHashMap<>();

  public FormValues(VariableScope scope, Set<String> declaredFields) {
    this.scope = scope;
    this.declared = declaredFields;
  }

  public Map<String, String> errors() {
    return errors;
  }

  public String text(String field) {
    Object value = raw(field);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  /** A ticked checkbox: true given as a boolean or as the text "true". */
  public boolean checked(String field) {
    Object value = raw(field);
    return value instanceof Boolean ticked ? ticked : value != null && "true".equalsIgnoreCase(value.toString().trim());
  }

  /** Upper-cased code such as a country or currency code. */
  public String code(String field) {
    String text = text(field);
    return text == null ? null : text.toUpperCase();
  }

  public <E extends Enum<E>> E choice(String field, Class<E> type) {
    String text = text(field);
    return text == null ? null : toEnum(field, text, type);
  }

  public <E extends Enum<E>> Set<E> choices(String field, Class<E> type) {
    Set<E> result = EnumSet.noneOf(type);
    for (String item : texts(field)) {
      E value = toEnum(field, item, type);
      if (value != null) {
        result.add(value);
      }
    }
    return result;
  }

  /** A list given as a collection, a JSON array or a comma- or line-separated string. */
  public List<String> texts(String field) {
    return texts(field, LIST_SEPARATOR);
  }

  private static final java.util.regex.Pattern LIST_SEPARATOR = java.util.regex.Pattern.compile("[,;\\n]");

  /** A list as {@link #texts(String)}, a string being split where {@code separator} matches. */
  public List<String> texts(String field, java.util.regex.Pattern separator) {
    Object value = raw(field);
    List<String> items = new ArrayList<>();
    if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(String.valueOf(item)));
    } else if (value instanceof SpinJsonNode json && json.isArray()) {
      json.elements().forEach(node -> items.add(node.isString() ? node.stringValue() : node.toString()));
    } else if (value != null) {
      items.addAll(Arrays.asList(separator.split(value.toString())));
    }
    return items.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().collect(Collectors.toList());
  }

  /** A number, or text read by {@link AmountText}: a thousands separator is understood or refused, never reinterpreted. */
  public BigDecimal amount(String field) {
    Object value = raw(field);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return value instanceof Number ? new BigDecimal(value.toString()) : AmountText.parse(value.toString());
    } catch (NumberFormatException e) {
      errors.put(field, Messages.text("input.number"));
    } catch (AmountText.Unreadable e) {
      errors.put(field, e.getMessage());
    }
    return null;
  }

  public Integer wholeNumber(String field) {
    BigDecimal amount = amount(field);
    if (amount == null) {
      return null;
    }
    try {
      return amount.intValueExact();
    } catch (ArithmeticException e) {
      errors.put(field, Messages.text("input.wholeNumber"));
      return null;
    }
  }

  /** A date, or text read by {@link DateText}: "05/11/2026" is refused, never taken for 11 May or 5 November. */
  public LocalDate date(String field) {
    Object value = raw(field);
    if (value instanceof java.util.Date date) {
      return date.toInstant().atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    String text = value == null ? null : value.toString().trim();
    if (text == null || text.isEmpty()) {
      return null;
    }
    try {
      return DateText.parse(text);
    } catch (DateText.Unreadable e) {
      errors.put(field, e.getMessage());
      return null;
    }
  }

  private Object raw(String field) {
    if (!declared.contains(field)) {
      throw new IllegalStateException("Field '" + field + "' is read but not declared");
    }
    return scope.getVariable(field);
  }

  private <E extends Enum<E>> E toEnum(String field, String text, Class<E> type) {
    try {
      return Enum.valueOf(type, text.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      errors.put(field, Messages.text("input.oneOf", Arrays.toString(type.getEnumConstants())));
      return null;
    }
  }
}
