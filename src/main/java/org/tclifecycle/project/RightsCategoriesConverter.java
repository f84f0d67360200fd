package org.tclifecycle.project;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

@Converter
class RightsCategoriesConverter implements AttributeConverter<Set<RightsCategory>, String> {

  @Override
  public String convertToDatabaseColumn(Set<RightsCategory> categories) {
    return categories.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<RightsCategory> convertToEntityAttribute(String column) {
    EnumSet<RightsCategory> categories = EnumSet.noneOf(RightsCategory.class);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(",")).map(RightsCategory::valueOf).forEach(categories::add);
    }
    return categories;
  }
}
