package org.tclifecycle.project;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/** A technical-cooperation project, from the State's request to its closure. */
@Entity
@Table(name = "cooperation_project")
public class Project {

  /** Business keys read TC-&lt;year&gt;-&lt;4-digit number&gt;, e.g. TC-2026-0007. */
  public static final String BUSINESS_KEY_PATTERN = "TC-\\d{4}-\\d{4}";
  public static final String BUSINESS_KEY_MESSAGE = "{input.businessKey}";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "business_key", nullable = false, unique = true)
  private String businessKey;

  @Column(name = "country_code", nullable = false)
  private String countryCode;

  @Column(name = "requesting_authority", nullable = false)
  private String requestingAuthority;

  @Enumerated(EnumType.STRING)
  @Column(name = "thematic_area", nullable = false)
  private ThematicArea thematicArea;

  @Enumerated(EnumType.STRING)
  @Column(name = "assistance_type", nullable = false)
  private AssistanceType assistanceType;

  @Column(nullable = false)
  private String summary;

  @Convert(converter = RightsCategoriesConverter.class)
  @Column(name = "rights_categories", nullable = false)
  private Set<RightsCategory> rightsCategories = EnumSet.noneOf(RightsCategory.class);

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "project_recommendation", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "recommendation_id")
  private Set<String> recommendationIds = new LinkedHashSet<>();

  @Column(name = "estimated_budget", nullable = false)
  private BigDecimal estimatedBudget;

  @Column(nullable = false)
  private String currency;

  @Enumerated(EnumType.STRING)
  @Column(name = "preferred_fund", nullable = false)
  private Fund preferredFund;

  @Enumerated(EnumType.STRING)
  @Column(name = "intake_channel", nullable = false)
  private IntakeChannel intakeChannel;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStage stage = ProjectStage.REQUEST;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status = ProjectStatus.OPEN;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "designed_by")
  private String designedBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "execution_started_at")
  private Instant executionStartedAt;

  @Column(name = "execution_ended_at")
  private Instant executionEndedAt;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "contact_language")
  private String contactLanguage;

  @Version
  private int version;

  protected Project() {}

  Project(String businessKey, CooperationRequest request, IntakeChannel channel, String processInstanceId) {
    this.businessKey = businessKey;
    this.countryCode = request.countryCode();
    this.requestingAuthority = request.requestingAuthority();
    this.thematicArea = request.thematicArea();
    this.assistanceType = request.assistanceType();
    this.summary = request.summary();
    this.rightsCategories = RightsCategory.setOf(request.rightsCategories());
    this.recommendationIds = new LinkedHashSet<>(request.recommendationIds());
    this.estimatedBudget = request.estimatedBudget();
    this.currency = request.currency();
    this.preferredFund = request.preferredFund();
    this.contactEmail = request.contactEmail() == null || request.contactEmail().isBlank() ? null : request.contactEmail().strip();
    this.contactLanguage = request.contactLanguage();
    this.intakeChannel = channel;
    this.processInstanceId = processInstanceId;
    this.createdAt = Instant.now();
    this.updatedAt = createdAt;
  }

  void moveTo(ProjectStage next) {
    updatedAt = Instant.now();
    leaveExecution(next);
    if (next == ProjectStage.EXECUTION && executionStartedAt == null) {
      executionStartedAt = updatedAt;
    }
    stage = next;
  }

  void end(ProjectStatus outcome) {
    updatedAt = Instant.now();
    leaveExecution(ProjectStage.ENDED);
    status = outcome;
    stage = ProjectStage.ENDED;
  }

  /** Execution ends when the project moves on from it (follow-up, evaluation) or is halted during it. */
  private void leaveExecution(ProjectStage next) {
    if (stage == ProjectStage.EXECUTION && next != ProjectStage.EXECUTION && executionEndedAt == null) {
      executionEndedAt = updatedAt;
    }
  }

  void relink(Set<String> recommendations, Set<RightsCategory> categories) {
    recommendationIds = new LinkedHashSet<>(recommendations);
    rightsCategories = RightsCategory.setOf(categories);
    updatedAt = Instant.now();
  }

  void designedBy(String userId) {
    designedBy = userId;
    updatedAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getBusinessKey() { return businessKey; }
  public String getCountryCode() { return countryCode; }
  public String getRequestingAuthority() { return requestingAuthority; }
  /** Where the requesting authority is e-mailed (consent request and reminders, missing information); may be null. */
  public String getContactEmail() { return contactEmail; }
  /** The language of those e-mails (en, fr); null for English. */
  public String getContactLanguage() { return contactLanguage; }
  public ThematicArea getThematicArea() { return thematicArea; }
  public AssistanceType getAssistanceType() { return assistanceType; }
  public String getSummary() { return summary; }
  public Set<RightsCategory> getRightsCategories() { return RightsCategory.setOf(rightsCategories); }
  public Set<String> getRecommendationIds() { return Set.copyOf(recommendationIds); }
  public BigDecimal getEstimatedBudget() { return estimatedBudget; }
  public String getCurrency() { return currency; }
  public Fund getPreferredFund() { return preferredFund; }
  public IntakeChannel getIntakeChannel() { return intakeChannel; }
  public ProjectStage getStage() { return stage; }
  public ProjectStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getDesignedBy() { return designedBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getUpdatedAt() { return updatedAt; }
  /** When execution started (IATI actual start), null before. */
  public Instant getExecutionStartedAt() { return executionStartedAt; }
  /** When execution ended or was halted (IATI actual end), null before. */
  public Instant getExecutionEndedAt() { return executionEndedAt; }
}
