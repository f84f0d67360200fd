package org.tclifecycle.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.tclifecycle.EngineRest;
import org.tclifecycle.IntegrationTest;
import org.tclifecycle.TestData;

/** Senegal's report in French reads as French from title to last line; English stays the default. */
@IntegrationTest
class StateReportLanguageTest {

  @LocalServerPort int port;
  @Autowired TestRestTemplate http;

  EngineRest rest;

  @BeforeEach
  void setUp() {
    rest = new EngineRest(http, port);
  }

  <T> ResponseEntity<T> get(String path, String acceptLanguage, Class<T> type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("officer1", EngineRest.DEMO_PASSWORD);
    if (acceptLanguage != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    }
    return http.exchange("http://localhost:" + port + path, HttpMethod.GET, new HttpEntity<>(headers), type);
  }

  @Test
  void senegalsReportInFrench() throws Exception {
    rest.projectAtNeedsAssessment(new LinkedHashMap<>(Map.of("countryCode", "SN", "requestingAuthority", "Ministère de la Justice",
        "thematicArea", "ADMINISTRATION_OF_JUSTICE", "assistanceType", "TECHNICAL_ASSISTANCE", "summary", "Tribunaux mobiles et aide juridictionnelle.",
        "recommendationIds", List.of(TestData.recommendationFor("SN")), "rightsCategories", List.of("CIVIL"), "estimatedBudget", 50000,
        "currency", "EUR", "preferredFund", "BILATERAL_DONOR")));

    String html = get("/api/states/SN/report.html?lang=fr", null, String.class).getBody();

    String today = LocalDate.now(ZoneOffset.UTC).format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.FRENCH));
    assertThat(html).contains("<html lang=\"fr\">", "<h1>Coopération technique et suivi de l’EPU : Sénégal</h1>", "établie le " + today,
        "<h2>Recommandations traitées par la coopération technique</h2>", "<th scope=\"col\">Dernier état</th>", "pas encore signalé",
        "<h2>Projets et acteurs nationaux consultés</h2>", "<td>Administration de la justice</td><td>Évaluation des besoins</td><td>En cours</td>",
        "<h2>Indicateurs de résultats</h2>", "<h2>Recommandations acceptées que nul projet ne traite encore</h2>", "Acceptée");
    assertThat(html).doesNotContain("Technical cooperation", "Recommendations addressed", "Projects and", "Results indicators",
        "not reported yet", "Latest status", "Needs assessment", "Administration of justice", "None in the registry", ">Supported<");

    assertThat(get("/api/states/SN/report.html", "fr-SN,fr;q=0.9", String.class).getBody()).as("from Accept-Language").isEqualTo(html);
    String english = get("/api/states/SN/report.html", null, String.class).getBody();
    assertThat(english).contains("<html lang=\"en\">", "Technical cooperation and UPR follow-up: Senegal", "Needs assessment")
        .doesNotContain("Sénégal", "Évaluation");

    List<List<String>> csv = UprReportingTest.csv(get("/api/states/SN/report.csv", "fr", String.class).getBody());
    assertThat(csv.get(0).subList(0, 4)).containsExactly("État", "Identifiant de la recommandation", "Cote", "Position");
    assertThat(csv.get(1)).contains("SN", "Acceptée");

    byte[] pdf = get("/api/states/SN/report.pdf?lang=fr", null, byte[].class).getBody();
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }
}
