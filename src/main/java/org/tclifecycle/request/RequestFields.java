package org.tclifecycle.request;

import java.util.Set;

/** Fields of a State's request: the start form {@code register-request} and the RequestSubmitted message share them. */
public final class RequestFields {

  public static final String COUNTRY_CODE = "countryCode";
  public static final String REQUESTING_AUTHORITY = "requestingAuthority";
  public static final String THEMATIC_AREA = "thematicArea";
  public static final String ASSISTANCE_TYPE = "assistanceType";
  public static final String SUMMARY = "summary";
  public static final String RECOMMENDATION_IDS = "recommendationIds";
  public static final String RIGHTS_CATEGORIES = "rightsCategories";
  public static final String ESTIMATED_BUDGET = "estimatedBudget";
  public static final String CURRENCY = "currency";
  public static final String PREFERRED_FUND = "preferredFund";
  public static final String CONTACT_EMAIL = "contactEmail";
  public static final String CONTACT_LANGUAGE = "contactLanguage";

  /**
   * The request as the API received it, typed and checked: a transient variable (never stored) that
   * {@link RegisterRequest} turns into the project record without reading the fields above again.
   */
  public static final String SUBMITTED_REQUEST = "submittedRequest";

  public static final Set<String> ALL = Set.of(COUNTRY_CODE, REQUESTING_AUTHORITY, THEMATIC_AREA, ASSISTANCE_TYPE,
      SUMMARY, RECOMMENDATION_IDS, RIGHTS_CATEGORIES, ESTIMATED_BUDGET, CURRENCY, PREFERRED_FUND, CONTACT_EMAIL,
      CONTACT_LANGUAGE);

  private RequestFields() {}
}
