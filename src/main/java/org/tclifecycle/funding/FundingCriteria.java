package org.tclifecycle.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.consent.ConsentDecision;
import org.tclifecycle.consent.ConsentRepository;
import org.tclifecycle.design.ProjectDesign;
import org.tclifecycle.design.ProjectDesignRepository;
import org.tclifecycle.design.RightsFamilies;
import org.tclifecycle.project.Project;
import org.tclifecycle.project.ProjectService;
import org.tclifecycle.project.ThematicArea;
import org.tclifecycle.recommendation.ActionCategory;
import org.tclifecycle.recommendation.RecommendationSearch;
import org.tclifecycle.recommendation.RecommendationView;

/**
 * The inputs of the {@code funding-allocation} decision, gathered from the domain records when the
 * business rule task runs ({@code ${fundingCriteria.of(projectId)}}): one context {@code criteria}, whose
 * entries the decision tables read and Camunda's decision history keeps.
 */
@Component("fundingCriteria")
public class FundingCriteria {

  public static final String VARIABLE = "criteria";

  private final ProjectService projects;
  private final ConsentRepository consents;
  private final ProjectDesignRepository designs;
  private final RecommendationSearch recommendations;
  private final CountryCategories categories;
  private final RightsFamilies rights;
  private final JdbcTemplate jdbc;

  FundingCriteria(ProjectService projects, ConsentRepository consents, ProjectDesignRepository designs,
      RecommendationSearch recommendations, CountryCategories categories, RightsFamilies rights, JdbcTemplate jdbc) {
    this.projects = projects;
    this.consents = consents;
    this.designs = designs;
    this.recommendations = recommendations;
    this.categories = categories;
    this.rights = rights;
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Map<String, Object> of(Number projectId) {
    Project project = projects.get(projectId.longValue());
    List<RecommendationView> linked = recommendations.byIds(project.getRecommendationIds());
    Set<CountryCategory> category = categories.of(project.getCountryCode(), LocalDate.now());
    ProjectDesign design = designs.findByProjectIdOrderByIdAsc(project.getId()).stream().reduce((a, b) -> b)
        .orElseThrow(() -> new IllegalStateException("Project " + project.getBusinessKey() + " has no design to fund"));
    Set<String> heard = Set.copyOf(jdbc.queryForList("""
        select distinct a.actor_type from consultation_invitation i join national_actor a on a.id = i.actor_id
        where i.project_id = ? and i.response = 'RESPONDED'""", String.class, project.getId()));
    Map<String, Object> criteria = new LinkedHashMap<>();
    criteria.put("fund", project.getPreferredFund().name());
    criteria.put("consentRecorded", consents.findFirstByProjectIdOrderByIdDesc(project.getId())
        .map(consent -> consent.getDecision() == ConsentDecision.GIVEN).orElse(false));
    criteria.put("supportedRecommendations", (int) linked.stream().filter(RecommendationView::countsForUprFund).count());
    criteria.put("leastDeveloped", category.contains(CountryCategory.LDC));
    criteria.put("smallIsland", category.contains(CountryCategory.SIDS));
    criteria.put("landlocked", category.contains(CountryCategory.LLDC));
    criteria.put("specificActionShare", linked.isEmpty() ? 0.0
        : share(linked.stream().filter(r -> r.actionCategory() == ActionCategory.SPECIFIC_ACTION).count(), linked.size()));
    criteria.put("nhriInvolved", heard.contains("NHRI"));
    criteria.put("civilSocietyInvolved", heard.contains("CIVIL_SOCIETY"));
    criteria.put("genderFocus", project.getThematicArea() == ThematicArea.GENDER_EQUALITY
        || linked.stream().anyMatch(FundingCriteria::aboutWomen));
    criteria.put("rightsBalanced", rights.civilOrPolitical(project.getId()) && rights.economicSocialOrCultural(project.getId()));
    criteria.put("coFundingShare", share(design.getCoFunding(), design.getBudget()));
    criteria.put("requestedAmount", design.getRequestedAmount().doubleValue());
    return criteria;
  }

  private static boolean aboutWomen(RecommendationView recommendation) {
    String described = String.join(" ", recommendation.themes()) + " " + String.join(" ", recommendation.affectedPersons());
    String lower = described.toLowerCase(Locale.ROOT);
    return lower.contains("women") || lower.contains("girls") || lower.contains("gender");
  }

  private static double share(long part, long whole) {
    return share(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }

  private static double share(BigDecimal part, BigDecimal whole) {
    return whole.signum() == 0 ? 0.0 : part.divide(whole, 4, RoundingMode.HALF_UP).doubleValue();
  }
}
