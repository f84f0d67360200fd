package org.tclifecycle.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** E-mails are rendered from templates in the recipient's language; free text is escaped in HTML. */
class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  @Test
  void aStatesFreeTextIsEscapedInHtmlAndKeptAsWrittenInPlainText() {
    MailMessage message = templates.render(Notification.Kind.CONSENT_REMINDER, "en", Map.of("name", "Ministry <Justice> & Co",
        "project", "TC-2026-0001", "state", "Kenya", "note", "<script>alert('x')</script> Reply by 5 May & sign."));
    assertThat(message.subject()).isEqualTo("Reminder: request TC-2026-0001 awaits the State's consent");
    assertThat(message.html()).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Reply by 5 May &amp; sign.",
        "Dear Ministry &lt;Justice&gt; &amp; Co,").doesNotContain("<script>", "<Justice>");
    assertThat(message.text()).contains("<script>alert('x')</script> Reply by 5 May & sign.", "Dear Ministry <Justice> & Co,");
  }

  @Test
  void theRecipientsLanguageChoosesTheWordingAndUnknownLanguagesFallBackToEnglish() {
    Map<String, Object> task = Map.of("name", "Olivia Okafor", "task", "Assess needs", "project", "TC-2026-0007", "state", "Kenya",
        "due", "14 décembre 2026", "link", "http://tasklist/#/?task=42", "group", "tc-officers");
    MailMessage french = templates.render(Notification.Kind.TASK_ARRIVED, "fr", task);
    assertThat(french.subject()).isEqualTo("Nouvelle tâche : Assess needs (TC-2026-0007)");
    assertThat(french.text()).contains("Une tâche est arrivée dans votre groupe tc-officers.", "Échéance: 14 décembre 2026",
        "Ouvrir dans Tasklist: http://tasklist/#/?task=42");
    assertThat(french.html()).contains("<html lang=\"fr\">", "<a href=\"http://tasklist/#/?task&#x3D;42\">Ouvrir dans Tasklist</a>");
    assertThat(templates.render(Notification.Kind.TASK_ARRIVED, "xx", task).subject()).isEqualTo("New task: Assess needs (TC-2026-0007)");
  }

  @Test
  void aDigestListsEachTaskWithItsLink() {
    MailMessage digest = templates.render(Notification.Kind.OVERDUE_DIGEST, "en", Map.of("name", "Maria Santos", "count", 2,
        "items", List.of(Map.of("task", "Decide funding", "project", "TC-2026-0001", "state", "Kenya", "due", "1 May 2026", "link", "L1"),
            Map.of("task", "Close project", "project", "TC-2026-0002", "state", "Senegal", "due", "2 May 2026", "link", "L2"))));
    assertThat(digest.subject()).isEqualTo("Overdue tasks of your groups: 2");
    assertThat(digest.text()).contains("- Decide funding | TC-2026-0001 (Kenya) | Due: 1 May 2026\n  L1",
        "- Close project | TC-2026-0002 (Senegal) | Due: 2 May 2026\n  L2");
    assertThat(digest.html()).contains("<a href=\"L1\">Decide funding</a>", "<a href=\"L2\">Close project</a>");
  }

  @Test
  void aMailNamesTheStateInItsLanguage() {
    assertThat(TaskFacts.stateName("SN", "fr")).isEqualTo("Sénégal");
    assertThat(TaskFacts.stateName("SN", "en")).isEqualTo("Senegal");
    assertThat(TaskFacts.stateName("SN", null)).as("English by default").isEqualTo("Senegal");
    assertThat(TaskFacts.stateName(null, "fr")).isNull();
  }
}
