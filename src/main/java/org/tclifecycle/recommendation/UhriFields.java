package org.tclifecycle.recommendation;

import java.util.Set;

/** The field names of a UHRI bulk export record, as OHCHR's export spells them. */
final class UhriFields {

  static final String ANNOTATION_ID = "AnnotationId";
  static final String ANNOTATION_TYPE = "AnnotationType";
  static final String BODY = "Body";
  static final String COUNTRIES = "Countries";
  static final String DOCUMENT_ID = "DocumentId";
  static final String SYMBOL = "Symbol";
  static final String TEXT = "Text";
  static final String THEMES = "Themes";
  static final String AFFECTED_PERSONS = "AffectedPersons";
  static final String SDGS = "Sdgs";
  static final String REGIONS = "Regions";
  static final String PUBLICATION_DATE = "PublicationDate";
  static final String UPR_CYCLE = "UprCycle";
  static final String UPR_SESSION = "UprSession";
  static final String UPR_POSITIONS = "UprPositions";
  static final String UPR_RECOMMENDING_COUNTRY = "UprRecommendingCountry";
  static final String UPR_RECOMMENDING_REGIONS = "UprRecommendingRegions";

  /** Fields that hold a list; in CSV their values are separated by {@link CsvUhriReader#SEPARATOR}. */
  static final Set<String> LISTS = Set.of(COUNTRIES, THEMES, AFFECTED_PERSONS, SDGS, REGIONS, UPR_POSITIONS, UPR_SESSION,
      UPR_RECOMMENDING_COUNTRY, UPR_RECOMMENDING_REGIONS);

  /** Every field we read: a file whose records carry none of them is not a UHRI export. */
  static final Set<String> ALL = Set.of(ANNOTATION_ID, ANNOTATION_TYPE, BODY, COUNTRIES, DOCUMENT_ID, SYMBOL, TEXT, THEMES,
      AFFECTED_PERSONS, SDGS, REGIONS, PUBLICATION_DATE, UPR_CYCLE, UPR_SESSION, UPR_POSITIONS, UPR_RECOMMENDING_COUNTRY,
      UPR_RECOMMENDING_REGIONS);

  private UhriFields() {}
}
