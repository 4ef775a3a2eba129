package org.sangsaeng.notifications;

import java.time.Clock;
import java.util.List;
import org.sangsaeng.notifications.domain.Notification;
import org.sangsaeng.notifications.domain.Notifications;
import org.sangsaeng.notifications.domain.Recipient;
import org.sangsaeng.shared.NotFoundException;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's in-app notifications: reading them and marking them read. */
@Service
@Transactional
public class NotificationInbox {

    private final Notifications notifications;
    private final NotificationSupport support;
    private final Clock clock;

    NotificationInbox(Notifications notifications, NotificationSupport support, Clock clock) {
        this.notifications = notifications;
        this.support = support;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<NotificationView> mine(int offset, int limit) {
        Recipient me = support.me();
        int size = NotificationSupport.pageSize(offset, limit);
        return notifications
                .findByRecipientIdOrderByIdDesc(me.getId(), PageRequest.of(offset / size, size))
                .map(NotificationInbox::view)
                .getContent();
    }

    @Transactional(readOnly = true)
    public long myUnreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(support.me().getId());
    }

    @Transactional(readOnly = true)
    public long myCount() {
        return notifications
                .findByRecipientIdOrderByIdDesc(support.me().getId(), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /**
     * Marks one of the signed-in user's notifications read; anyone else's is refused as unknown.
     */
    public NotificationView markRead(long id) {
        Recipient me = support.me();
        Notification n =
                notifications
                        .findById(id)
                        .filter(x -> x.getRecipientId() == me.getId())
                        .orElseThrow(
                                () -> new NotFoundException("error.notification.notFound", id));
        n.markRead(clock.instant());
        return view(n);
    }

    public int markAllRead() {
        return notifications.markAllRead(support.me().getId(), clock.instant());
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(
                n.getId(),
                n.getKind(),
                n.isUrgent(),
                n.getTitle(),
                n.getBody(),
                n.getLink(),
                n.getCreatedAt(),
                n.getReadAt());
    }
}
