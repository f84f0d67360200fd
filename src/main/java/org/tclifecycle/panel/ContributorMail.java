package org.tclifecycle.panel;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.tclifecycle.notification.MailTemplates;
import org.tclifecycle.notification.Notification;
import org.tclifecycle.notification.Outbox;

/**
 * Panel contributors hear from OHCHR by e-mail at their contact address: the request to contribute, a reminder
 * each week while it is awaited, and a receipt. A contact that is not an e-mail address gets none (the
 * officer's reminder task stays the way to reach them). Each in the contributor's language.
 */
@Component
class ContributorMail {

  private final Outbox outbox;
  private final Panels panels;

  ContributorMail(Outbox outbox, Panels panels) {
    this.outbox = outbox;
    this.panels = panels;
  }

  void requested(PanelContribution contribution) {
    send(Notification.Kind.CONTRIBUTION_REQUEST, contribution);
  }

  void reminded(PanelContribution contribution) {
    send(Notification.Kind.CONTRIBUTION_REMINDER, contribution);
  }

  void received(PanelContribution contribution) {
    send(Notification.Kind.CONTRIBUTION_RECEIPT, contribution);
  }

  private void send(Notification.Kind kind, PanelContribution contribution) {
    PanelContributor contributor = contribution.getContributor();
    if (!MailTemplates.isAddress(contributor.getContact())) {
      return;
    }
    ThematicPanel panel = panels.get(contribution.getPanelId());
    String language = contributor.getLanguage();
    outbox.mail(contributor.getContact(), language, kind, Map.of("name", contributor.getName(),
        "panel", panel.getTheme(), "due", MailTemplates.date(contribution.getDueOn(), language)), null);
  }
}
