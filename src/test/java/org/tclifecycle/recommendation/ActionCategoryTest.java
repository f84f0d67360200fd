package org.tclifecycle.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The action category read from texts shaped as UHRI gives them: a UPR text opens with its paragraph number and ends
 * with the recommending States, may carry markup; a treaty-body text opens with its paragraph number and the
 * Committee's lead-in. The openings follow the wording of UPR working-group reports and concluding observations
 * (symbols and States are illustrative, not copied records).
 */
class ActionCategoryTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      140.1 Ratify the Optional Protocol to the Convention against Torture (Slovenia, Chile);                  | SPECIFIC_ACTION
      <p>140.2 Accede to the 1954 Convention relating to the Status of Stateless Persons (Uruguay);</p>        | SPECIFIC_ACTION
      115.3 Adopt a comprehensive anti-discrimination law (Canada);                                            | SPECIFIC_ACTION
      115.14 Establish a national human rights institution in line with the Paris Principles (Ghana, Togo);    | SPECIFIC_ACTION
      98.7. Abolish the death penalty for all crimes (Australia).                                              | SPECIFIC_ACTION
      <p><strong>121.40</strong> Criminalize marital rape explicitly (Iceland);</p>                            | SPECIFIC_ACTION
      140.22 Extend a standing invitation to all special procedures (Latvia);                                  | SPECIFIC_ACTION
      140.9 Repeal the provisions of the Penal Code criminalizing defamation (Estonia);                         | SPECIFIC_ACTION
      23. The Committee recommends that the State party: (a) Establish a juvenile justice system;              | SPECIFIC_ACTION
      12. The Committee urges the State party to adopt a comprehensive definition of discrimination.           | SPECIFIC_ACTION
      (b) Amend the Family Code to set the minimum age of marriage at 18 years;                                | SPECIFIC_ACTION
      140.55 Ensure that all allegations of torture are promptly investigated (Germany);                       | GENERAL_ACTION
      140.61 Strengthen measures to combat trafficking in persons (Philippines, Thailand);                     | GENERAL_ACTION
      117.80 Take further steps to guarantee the independence of the judiciary (Switzerland);                  | GENERAL_ACTION
      117.81 Step up efforts to eliminate violence against women (Spain);                                      | GENERAL_ACTION
      140.70 Promote the participation of women in political life (Tunisia);                                   | GENERAL_ACTION
      140.71 <em>Intensify</em> efforts to reduce maternal mortality (Cuba);                                   | GENERAL_ACTION
      31. The Committee recommends that the State party ensure access to safe drinking water in rural areas.   | GENERAL_ACTION
      The State party should improve the conditions of detention in all prisons.                               | GENERAL_ACTION
      140.90 Continue efforts to reduce poverty in rural areas (Viet Nam);                                     | CONTINUING_ACTION
      140.91 Pursue its efforts to guarantee the right to education for all children (Algeria);                | CONTINUING_ACTION
      140.92 Maintain its cooperation with the treaty bodies (Nicaragua);                                      | CONTINUING_ACTION
      140.93 Further strengthen the national human rights institution (Nepal);                                 | CONTINUING_ACTION
      140.12 Consider ratifying the Convention on the Rights of Persons with Disabilities (Chile);             | CONSIDERING_ACTION
      140.13 Explore the possibility of establishing a moratorium on executions (Italy);                       | CONSIDERING_ACTION
      140.14 Envisage acceding to the Rome Statute (Costa Rica);                                               | CONSIDERING_ACTION
      140.100 Share its good practices in poverty reduction with other countries (Pakistan);                   | OTHER
      140.101 Seek technical assistance from OHCHR for its national report (Sudan);                            | OTHER
      """)
  void readsTheVerbAfterTheParagraphNumberMarkupAndLeadIn(String text, ActionCategory expected) {
    assertThat(ActionCategory.of(text)).isEqualTo(expected);
  }
}
