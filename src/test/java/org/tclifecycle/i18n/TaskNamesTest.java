package org.tclifecycle.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TaskNamesTest {

  static Map<String, String> userTasksOfTheModels() throws Exception {
    Map<String, String> names = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (DirectoryStream<Path> models = Files.newDirectoryStream(Path.of("bpmn"), "*.bpmn")) {
      for (Path model : models) {
        NodeList tasks = factory.newDocumentBuilder().parse(model.toFile())
            .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "userTask");
        for (int i = 0; i < tasks.getLength(); i++) {
          Element task = (Element) tasks.item(i);
          names.put(task.getAttribute("id"), task.getAttribute("name"));
        }
      }
    }
    return names;
  }

  static Properties bundle(String name) throws Exception {
    Properties bundle = new Properties();
    bundle.load(new InputStreamReader(TaskNames.class.getClassLoader().getResourceAsStream("i18n/" + name), StandardCharsets.UTF_8));
    return bundle;
  }

  @Test
  void theEnglishNamesAreTheModelsAndEveryTaskHasAFrenchName() throws Exception {
    Map<String, String> models = userTasksOfTheModels();
    Properties english = bundle("tasks.properties");
    Properties french = bundle("tasks_fr.properties");

    assertThat(models).isNotEmpty();
    models.forEach((id, name) -> assertThat(english.getProperty(id)).as(id).isEqualTo(name));
    assertThat(english.stringPropertyNames().stream().map(key -> key.replace(".named", "")).filter(key -> !key.equals("separator")))
        .as("no name for a task the models do not have").allSatisfy(id -> assertThat(models).containsKey(id));
    assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
  }

  @Test
  void theProcessesNamesAreTheModelsAndEveryProcessHasAFrenchName() throws Exception {
    Map<String, String> models = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of("bpmn"), "*.bpmn")) {
      for (Path model : files) {
        NodeList processes = factory.newDocumentBuilder().parse(model.toFile())
            .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
        for (int i = 0; i < processes.getLength(); i++) {
          Element process = (Element) processes.item(i);
          models.put(process.getAttribute("id"), process.getAttribute("name"));
        }
      }
    }
    Properties english = bundle("processes.properties");
    assertThat(english).isEqualTo(toProperties(models));
    assertThat(bundle("processes_fr.properties").stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(ProcessNames.translate("cooperation-project", "Cooperation project", Locale.FRENCH)).isEqualTo("Projet de coopération");
    assertThat(ProcessNames.translate("cooperation-project", "Renamed by hand", Locale.FRENCH)).isEqualTo("Renamed by hand");
    assertThat(ProcessNames.translate("cooperation-project", "Cooperation project", Locale.ENGLISH)).isEqualTo("Cooperation project");
  }

  private static Properties toProperties(Map<String, String> names) {
    Properties properties = new Properties();
    properties.putAll(names);
    return properties;
  }

  @Test
  void aTaskReadsInFrenchWithItsProjectKeptAndItsStateNamedInFrench() {
    assertThat(TaskNames.translate("Task_AssessNeeds", "Assess needs: TC-2026-0001 (Senegal)", Locale.FRENCH))
        .isEqualTo("Évaluer les besoins : TC-2026-0001 (Sénégal)");
    assertThat(TaskNames.translate("Task_RecordActorInput", "Record input of Ligue sénégalaise (demo): TC-2026-0001 (Senegal)", Locale.FRENCH))
        .as("the actor's own brackets are kept, the State at the end is named in French")
        .isEqualTo("Enregistrer la contribution de Ligue sénégalaise (demo): TC-2026-0001 (Sénégal)");
    assertThat(TaskNames.translate("Task_RecordActorInput", "Record input of Ligue sénégalaise des droits humains", Locale.FRENCH))
        .isEqualTo("Enregistrer la contribution de Ligue sénégalaise des droits humains");
    assertThat(TaskNames.translate("Task_AssessNeeds", "Assess needs: TC-2026-0001 (Senegal)", Locale.ENGLISH)).isEqualTo("Assess needs: TC-2026-0001 (Senegal)");
    assertThat(TaskNames.translate("Task_AssessNeeds", "Assess needs: TC-2026-0001 (Germany)", Locale.FRENCH)).isEqualTo("Évaluer les besoins : TC-2026-0001 (Allemagne)");
    assertThat(TaskNames.translate("Task_AssessNeeds", "Assess needs: TC-2026-0001 (Atlantis)", Locale.FRENCH))
        .as("what is no State's English name is kept").isEqualTo("Évaluer les besoins : TC-2026-0001 (Atlantis)");
    assertThat(TaskNames.translate("Task_Unknown", "Something", Locale.FRENCH)).isEqualTo("Something");
    assertThat(TaskNames.translate("Task_AssessNeeds", "Renamed by hand", Locale.FRENCH)).as("a name the model did not give").isEqualTo("Renamed by hand");
  }

  @Test
  void statesAreNamedInTheLanguage() {
    assertThat(StateNames.of("KE", Locale.ENGLISH)).isEqualTo("Kenya");
    assertThat(StateNames.of("SN", Locale.FRENCH)).isEqualTo("Sénégal");
    assertThat(StateNames.of("SN", Locale.ENGLISH)).isEqualTo("Senegal");
    assertThat(StateNames.codeOfEnglishName("Senegal")).contains("SN");
    assertThat(StateNames.codeOfEnglishName("Sénégal")).isEmpty();
  }
}
