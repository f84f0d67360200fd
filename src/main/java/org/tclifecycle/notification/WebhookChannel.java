package org.tclifecycle.notification;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/** Posts each notification as JSON to the gateway configured in {@code tc.notifications.webhook-url}. */
class WebhookChannel implements NotificationChannel {

  static final String IDEMPOTENCY_KEY = "Idempotency-Key";
  private final String url;
  private final RestClient http;

  WebhookChannel(String url, Duration timeout) {
    SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
    requests.setConnectTimeout(timeout);
    requests.setReadTimeout(timeout);
    this.url = url;
    this.http = RestClient.builder().requestFactory(requests).build();
  }

  @Override
  public void deliver(Notification notification) {
    Map<String, Object> message = new LinkedHashMap<>();
    message.put("id", notification.getId());
    message.put("kind", notification.getKind());
    message.put("recipient", notification.getRecipient());
    message.put("body", notification.getBody());
    message.put("createdAt", notification.getCreatedAt().toString());
    try {
      http.post().uri(url).contentType(MediaType.APPLICATION_JSON)
          .header(IDEMPOTENCY_KEY, "tc-notification-" + notification.getId())
          .body(message).retrieve().toBodilessEntity();
    } catch (RestClientResponseException refused) {
      throw down(notification, "answered " + refused.getStatusCode().value(), refused);
    } catch (RestClientException unreachable) {
      throw down(notification, "could not be reached (" + unreachable.getMostSpecificCause().getMessage() + ")", unreachable);
    }
  }

  private NotificationChannelDown down(Notification notification, String what, Exception cause) {
    return new NotificationChannelDown("Notification channel " + url + " " + what + "; notification "
        + notification.getId() + " (" + notification.getKind() + " to " + notification.getRecipient()
        + ") stays queued and is sent when this job is retried", cause);
  }
}
