package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** The answers our servlet filters write before any controller runs are in the caller's language too. */
class ProblemResponseLanguageTest {

  private static JsonNode answer(String acceptLanguage, int expectedStatus, Writer writer) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest();
    if (acceptLanguage != null) {
      request.addHeader("Accept-Language", acceptLanguage);
    }
    MockHttpServletResponse response = new MockHttpServletResponse();
    writer.write(request, response);
    assertThat(response.getStatus()).isEqualTo(expectedStatus);
    assertThat(response.getContentType()).startsWith("application/problem+json");
    return new ObjectMapper().readTree(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
  }

  interface Writer {
    void write(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception;
  }

  @Test
  void aBodyTooLargeIsRefusedInFrenchWithTheLimit() throws Exception {
    JsonNode french = answer("fr", 413, (request, response) -> RequestSizeLimits.tooLarge(request, response, DataSize.ofMegabytes(10)));
    JsonNode english = answer(null, 413, (request, response) -> RequestSizeLimits.tooLarge(request, response, DataSize.ofMegabytes(10)));

    assertThat(french.get("title").asText()).isEqualTo("Contenu trop volumineux");
    assertThat(french.get("detail").asText()).isEqualTo("le corps de la requête dépasse les 10 Mo que ce point d’accès accepte");
    assertThat(english.get("title").asText()).isEqualTo("Content Too Large");
    assertThat(english.get("detail").asText()).isEqualTo("the request body is larger than the 10 MB this endpoint accepts");
  }

  @Test
  void aThrottledLoginIsToldHowLongToWaitInFrench() throws Exception {
    JsonNode french = answer("fr-FR", 429, (request, response) -> ProblemResponse.send(request, response, 429, "problem.loginThrottled", 600L));

    assertThat(french.get("title").asText()).isEqualTo("Trop de requêtes");
    assertThat(french.get("detail").asText())
        .isEqualTo("trop d’échecs de connexion pour ce compte ou depuis cette adresse ; réessayez dans 600 secondes");
    assertThat(answer("fr", 429, (request, response) -> ProblemResponse.send(request, response, 429, "problem.loginThrottled", 1L))
        .get("detail").asText()).endsWith("réessayez dans une seconde");
    assertThat(answer(null, 429, (request, response) -> ProblemResponse.send(request, response, 429, "problem.loginThrottled", 1L))
        .get("detail").asText()).endsWith("try again in one second");
    assertThat(answer(null, 429, (request, response) -> ProblemResponse.send(request, response, 429, "problem.loginThrottled", 2L))
        .get("detail").asText()).endsWith("try again in 2 seconds");
  }

  @Test
  void aBadRequestIsInvalidInputAsTheApisOwnRefusalsAre() throws Exception {
    JsonNode french = answer("fr", 400, (request, response) -> ProblemResponse.send(request, response, 400, "problem.wholeNumber", "firstResult"));

    assertThat(french.get("title").asText()).isEqualTo(org.tclifecycle.i18n.Messages.text(java.util.Locale.FRENCH, "problem.invalidInput"));
    assertThat(french.get("detail").asText()).isEqualTo("firstResult doit être un nombre entier de 0 à 999999999");
  }
}
