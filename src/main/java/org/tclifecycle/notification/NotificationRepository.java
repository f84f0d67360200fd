package org.tclifecycle.notification;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  List<Notification> findByProjectIdOrderByIdAsc(Long projectId);

  List<Notification> findByProjectIdAndDeliveredAtIsNullAndOwnJobFalseOrderByIdAsc(Long projectId);

  List<Notification> findByRecipientUserAndChannelAndDeliveredAtIsNullOrderByIdAsc(String userId, Notification.Channel channel);

  List<Notification> findByKindInOrderByIdAsc(List<Notification.Kind> kinds);

  @Modifying
  @Query("update Notification n set n.deliveredAt = :at where n.id = :id and n.deliveredAt is null")
  int markDelivered(Long id, Instant at);
}
