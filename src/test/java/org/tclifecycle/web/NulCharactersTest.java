package org.tclifecycle.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Where a request holds U+0000, by the path a refusal names; everything else goes through. */
class NulCharactersTest {

  static String field(String json) {
    return NulCharacters.fieldWithNul(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aNulInAStringIsNamedByItsPathInTheBody() {
    assertThat(field("{\"summary\":\"a\\u0000b\"}")).isEqualTo("summary");
    assertThat(field("{\"recommendationIds\":[\"x\",\"y\\u0000\"]}")).isEqualTo("recommendationIds[1]");
    assertThat(field("{\"variables\":{\"title\":{\"value\":\"\\u0000\",\"type\":\"String\"}}}")).isEqualTo("variables.title.value");
    assertThat(field("[{\"a\":[[\"\\u0000\"]]}]")).isEqualTo("[0].a[0][0]");
    assertThat(field("\"\\u0000\"")).isEqualTo("body");
  }

  @Test
  void aNulInsideASerializedJsonVariableIsNamedThroughIt() {
    String checklist = "{\"variables\":{\"indicators\":{\"type\":\"Json\",\"value\":\"[{\\\"name\\\":\\\"x\\\\u0000\\\"}]\"}}}";
    assertThat(checklist).contains("\\\\u0000");
    assertThat(field(checklist)).isEqualTo("variables.indicators.value[0].name");
    assertThat(field("{\"note\":\"written out in words: \\\\u0000\"}")).as("not JSON inside: text as typed").isNull();
  }

  @Test
  void aSerializedVariableIsReadWhateverItStartsWith() {
    assertThat(field("{\"variables\":{\"list\":{\"type\":\"Json\",\"value\":\" [\\\"a\\\\u0000\\\"]\"}}}"))
        .as("spaces before the array").isEqualTo("variables.list.value[0]");
    assertThat(field("{\"variables\":{\"text\":{\"type\":\"Json\",\"value\":\"\\\"a\\\\u0000\\\"\"}}}"))
        .as("a JSON string document").isEqualTo("variables.text.value");
  }

  @Test
  void aBodyIsReadInTheCharsetItDeclaresAsTheEndpointReadsIt() {
    // "Minist\xE8re" in ISO-8859-1: no UTF-8, which stopped a UTF-8 reading before the NUL while Spring read it all
    byte[] latin = "{\"requestingAuthority\":\"Ministère\",\"summary\":\"a\\u0000b\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(NulCharacters.fieldWithNul(latin, "ISO-8859-1")).isEqualTo("summary");
    assertThat(NulCharacters.fieldWithNul(latin, "windows-1252")).isEqualTo("summary");
    assertThat(NulCharacters.fieldWithNul("{\"s\":\"a\\u0000\"}".getBytes(StandardCharsets.UTF_16), "UTF-16")).isEqualTo("s");
    assertThat(NulCharacters.fieldWithNul(latin, "no-such-charset")).as("the endpoint refuses an unknown charset").isNull();
  }

  @Test
  void aNulInAKeyIsNamedWithTheNulWrittenOut() {
    assertThat(field("{\"variables\":{\"ti\\u0000tle\":{\"value\":\"x\"}}}")).isEqualTo("variables.ti\\u0000tle");
  }

  @Test
  void textWithoutNulAndBodiesThatAreNoJsonGoThrough() {
    assertThat(field("{\"summary\":\"backslash u 0000 written out: \\\\u0000\",\"n\":0,\"list\":[null,true,1.5]}")).isNull();
    assertThat(field("{\"summary\":")).as("malformed: the endpoint answers it").isNull();
    assertThat(field("")).isNull();
  }

  @Test
  void aNulInAQueryParameterIsNamedByTheParameter() {
    assertThat(NulCharacters.parameterWithNul("firstResult=0&nameLike=a%00b")).isEqualTo("nameLike");
    assertThat(NulCharacters.parameterWithNul("x%00y=1")).isEqualTo("x\\u0000y");
    assertThat(NulCharacters.parameterWithNul("nameLike=%2500")).as("%25 is a percent sign").isNull();
    assertThat(NulCharacters.parameterWithNul("q=%ZZ&name=a%00")).as("a malformed pair is the endpoint's to answer").isEqualTo("name");
    assertThat(NulCharacters.parameterWithNul(null)).isNull();
    assertThat(NulCharacters.anyParameterWithNul(java.util.Map.of("username", new String[] {"officer1\0"}, "password", new String[] {"x"})))
        .as("a form-encoded body, as Tomcat decodes it").isEqualTo("username");
    assertThat(NulCharacters.anyParameterWithNul(java.util.Map.of("username", new String[] {"officer1"}))).isNull();
  }
}
